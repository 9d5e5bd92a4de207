# Shared by tools/demo and tools/test: install what is missing (Debian 12 packages only), then build.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# shellcheck shell=bash

OPSDECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OPSDECK_BUILD=${OPSDECK_BUILD:-$OPSDECK_ROOT/build}

OPSDECK_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev ccache
    libssh-dev libssl-dev libpqxx-dev libyaml-cpp-dev
    postgresql pgbouncer openssh-server openssh-client
    python3 python3-yaml cmark
    openssl
    xvfb xauth imagemagick libxtst6
    desktop-file-utils appstream lintian
    clang libclang-rt-14-dev
)

opsdeck_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

opsdeck_install_packages() {
    local missing=()
    for pkg in "${OPSDECK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        opsdeck_log "All ${#OPSDECK_PACKAGES[@]} Debian packages are installed"
        return 0
    fi
    opsdeck_log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Compiler cache shared by every clone and by both build trees: a fresh clone (as CI makes) compiles
# only what differs from the last build on this machine. Paths are taken relative to the clone.
export CCACHE_BASEDIR=$OPSDECK_ROOT
# The targets use precompiled headers: without these, ccache counts every such compile as uncacheable.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
OPSDECK_LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

# opsdeck_configure: tools/demo and tools/test configure the build folder with exactly the same
# options (warnings are errors in both, as in CI), so running one after the other rebuilds nothing.
# OPSDECK_CMAKE_ARGS adds options that change no compile command (the fuzz binaries' paths).
opsdeck_configure() {
    [[ -v OPSDECK_CMAKE_ARGS ]] || OPSDECK_CMAKE_ARGS=()
    opsdeck_log "Configuring in $OPSDECK_BUILD"
    cmake -S "$OPSDECK_ROOT" -B "$OPSDECK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOPSDECK_WERROR=ON \
          "${OPSDECK_LAUNCHER[@]}" "${OPSDECK_CMAKE_ARGS[@]}" >/dev/null
}

# opsdeck_build [TARGET...]: configure, then build the targets (default: everything).
opsdeck_build() {
    opsdeck_configure
    local targets=()
    (($# == 0)) || targets=(--target "$@")
    opsdeck_log "Building ${*:-everything} in $OPSDECK_BUILD"
    cmake --build "$OPSDECK_BUILD" --parallel "$(nproc)" "${targets[@]}"
}
