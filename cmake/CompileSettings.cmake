# All compile policy lives on one INTERFACE target that every OpsDeck target links.
add_library(opsdeck_settings INTERFACE)
target_compile_features(opsdeck_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(opsdeck_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${OPSDECK_WERROR}>:-Werror>)

target_compile_definitions(opsdeck_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    OPSDECK_VERSION="${PROJECT_VERSION}")

if(OPSDECK_SANITIZE)
    target_compile_options(opsdeck_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(opsdeck_settings INTERFACE -fsanitize=address,undefined)
endif()

if(OPSDECK_FUZZ)
    target_compile_options(opsdeck_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(opsdeck_settings INTERFACE -fsanitize=address,undefined)
endif()
