# opsdeck_add_test(TestName SOURCES a.cpp LIBS x y [LABELS l] [TIMEOUT s])
# One Qt Test executable per class; GUI tests run offscreen.
function(opsdeck_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE opsdeck_settings Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE
        OPSDECK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        OPSDECK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        # Each test executable keeps its charts' sample history in a file of its own (several share
        # an application name, and so a default data directory).
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=opsdeck.*.debug=false;OPSDECK_SSH_CONFIG=;OPSDECK_HISTORY=${CMAKE_CURRENT_BINARY_DIR}/${name}-history.sqlite")
endfunction()
