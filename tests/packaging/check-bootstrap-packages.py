#!/usr/bin/python3
"""Every file the build and the tests use from outside the project must come from a Debian package that
tools/lib/bootstrap.sh installs, or from that package's dependency closure (or the base system).

A well-stocked developer machine hides a missing install step: the build finds a package someone once
installed by hand, CI on that machine stays green, and a newcomer's first command fails. This check takes
what the build really found and asks dpkg who owns it:

  - the package configuration files behind CMakeCache's *_DIR entries and every FILEPATH/PATH entry,
  - every absolute path in the generated build (compilers, moc/rcc/lrelease, libraries it links),
  - every header the compiler read (ninja's dependency log), and the libraries the binary loads (ldd),
  - the tools the build scripts and tests call (a list below, resolved as a fresh machine would),
  - the interpreters of the project's scripts and the Python modules they import.

The closure follows Depends and Pre-Depends only (the bootstrap installs with --no-install-recommends),
and of alternatives ("a | b") only the one apt would pick on a fresh machine.

  check-bootstrap-packages.py SOURCE_DIR BUILD_DIR [--without PKG] [--expect-missing PKG]
    --without PKG          check as if the bootstrap did not list PKG (to show the check catches it)
    --expect-missing PKG   succeed only if the check fails and names PKG as a package to add
"""
import argparse
import ast
import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys

# Commands the build scripts (tools/test, tools/demo, tools/lib/bootstrap.sh), the sandbox fleet
# (tools/opsdeck-fleet, tools/fleet/*) and the tests run. Keep in step with them.
TOOLS = [
    # build
    'cmake', 'ctest', 'cpack', 'ninja', 'c++', 'g++', 'clang++', 'ccache', 'pkg-config', 'git',
    # sandbox fleet and SSH tests
    'sshd', 'ssh', 'ssh-keygen', 'ssh-agent', 'ssh-add', 'gzip', 'tar', 'sh', 'bash', 'python3', 'chown',
    # PostgreSQL tests (tests/support/PostgresServer.h)
    'runuser', '/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/15/bin/pg_ctl',
    '/usr/lib/postgresql/15/bin/postgres',
    # HTTPS tests
    'openssl',
    # packaging tests, demo and screenshots
    'desktop-file-validate', 'appstreamcli', 'xvfb-run', 'Xvfb', 'xauth', 'import', 'convert',
    # the .deb (tests/packaging/check-deb.sh)
    'dpkg-deb', 'dpkg-shlibdeps', 'dpkg', 'objdump', 'ldconfig', 'lintian', 'zcat',
    # this check
    'dpkg-query', 'ldd',
]

# Where Debian's packages put commands. /usr/local is the machine's own (empty on a fresh system, and
# never filled by a package), so a copy there says nothing about what a newcomer gets.
SYSTEM_PATH = ['/usr/sbin', '/usr/bin', '/sbin', '/bin']


def canonical(path):
    """Debian 12 is merged-/usr: /bin, /sbin, /lib* are links into /usr; dpkg may record either."""
    path = os.path.normpath(path)
    for top in ('/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'):
        if path == top or path.startswith(top + '/'):
            return '/usr' + path
    return path


def bootstrap_packages(source):
    out = subprocess.run(['bash', '-c', 'source "$1" && printf "%s\\n" "${OPSDECK_PACKAGES[@]}"', '_',
                          os.path.join(source, 'tools/lib/bootstrap.sh')],
                         check=True, capture_output=True, text=True).stdout
    return [p for p in out.split() if p]


class Dpkg:
    def __init__(self):
        fields = '${Package}\\t${Essential}\\t${Priority}\\t${Depends}\\t${Pre-Depends}\\t${Provides}\\t${db:Status-Abbrev}\\n'
        out = subprocess.run(['dpkg-query', '-W', '-f=' + fields], check=True, capture_output=True,
                             text=True).stdout
        self.installed = {}
        self.providers = {}
        for line in out.splitlines():
            name, essential, priority, depends, predepends, provides, status = (line.split('\t') + [''] * 7)[:7]
            if not status.startswith('ii'):
                continue
            self.installed[name] = {
                'base': essential == 'yes' or priority == 'required',
                'depends': self._groups(depends) + self._groups(predepends),
            }
            for provided in self._names(provides):
                self.providers.setdefault(provided, set()).add(name)
        self.owners = {}
        for listing in glob.glob('/var/lib/dpkg/info/*.list'):
            package = os.path.basename(listing)[:-5].split(':')[0]
            with open(listing, encoding='utf-8', errors='surrogateescape') as f:
                for path in f:
                    self.owners.setdefault(canonical(path.rstrip('\n')), set()).add(package)

    @staticmethod
    def _names(field):
        return [re.sub(r'[\s(].*$', '', a.strip()).split(':')[0] for a in field.split(',') if a.strip()]

    @staticmethod
    def _groups(field):
        groups = []
        for group in field.split(','):
            alternatives = [re.sub(r'[\s(\[].*$', '', a.strip()).split(':')[0] for a in group.split('|')]
            alternatives = [a for a in alternatives if a]
            if alternatives:
                groups.append(alternatives)
        return groups

    def pick(self, alternatives):
        """What apt installs for 'a | b' on a fresh machine: the first alternative that can be had."""
        for name in alternatives:
            if name in self.installed:
                return {name}
            if name in self.providers:
                return set(self.providers[name])
        return set()

    def closure(self, roots):
        seen = set()
        todo = [r for r in roots if r in self.installed]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            for group in self.installed[name]['depends']:
                todo.extend(self.pick(group) - seen)
        return seen

    def owner(self, path):
        for candidate in (canonical(path), canonical(os.path.realpath(path))):
            if candidate in self.owners:
                return self.owners[candidate]
        return set()


def cache_entries(build):
    paths = {}
    with open(os.path.join(build, 'CMakeCache.txt'), encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^([A-Za-z0-9_.+-]+):(FILEPATH|PATH)=(/.*)$', line.rstrip('\n'))
            if not m or m.group(3).endswith('-NOTFOUND'):
                continue
            name, kind, value = m.groups()
            if kind == 'PATH' and name.endswith('_DIR') and os.path.isdir(value):
                # The package configuration the find_package() call loaded.
                for config in glob.glob(os.path.join(value, '*.cmake')):
                    paths.setdefault(config, f'CMakeCache {name}')
            elif os.path.isfile(value) and re.search(r'(COMPILER|EXECUTABLE|_PROGRAM|_COMMAND|LINKER|_AR|_RANLIB)',
                                                     name):
                # Programs configure itself ran. Libraries count where the build links them (the build
                # rules below): find modules also record optional ones they found but nothing uses
                # (FindOpenGL's EGL and GLU), and those are not the build's dependencies.
                paths.setdefault(value, f'CMakeCache {name}')
    return paths


def ninja_paths(build):
    paths = {}
    for ninja in glob.glob(os.path.join(build, '*.ninja')) + glob.glob(os.path.join(build, 'CMakeFiles/*.ninja')):
        with open(ninja, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for token in set(re.findall(r'(?<![\w.])(/(?:usr|lib|bin|sbin|opt|etc)/[^\s:$"\'=;,)]+)', text)):
            if os.path.isfile(token):
                paths.setdefault(token, f'build rule in {os.path.relpath(ninja, build)}')
    if os.path.exists(os.path.join(build, 'build.ninja')) and shutil.which('ninja'):
        deps = subprocess.run(['ninja', '-C', build, '-t', 'deps'], capture_output=True, text=True).stdout
        for line in deps.splitlines():
            line = line.strip()
            if line.startswith('/') and os.path.isfile(line):
                paths.setdefault(line, 'header the compiler read')
    return paths


def loaded_libraries(build):
    paths = {}
    binary = os.path.join(build, 'app', 'opsdeck')
    if os.path.isfile(binary):
        out = subprocess.run(['ldd', binary], capture_output=True, text=True).stdout
        for m in re.finditer(r'=>\s+(/\S+)', out):
            paths.setdefault(m.group(1), 'library app/opsdeck loads')
    return paths


def tool_paths():
    paths, missing = {}, []
    for tool in TOOLS:
        if tool.startswith('/'):
            found = tool if os.path.isfile(tool) else None
        else:
            found = shutil.which(tool, path=os.pathsep.join(SYSTEM_PATH))
        if found:
            paths.setdefault(found, f'tool {tool}')
        else:
            missing.append(tool)
    return paths, missing


def script_paths(source):
    """Interpreters of the project's scripts, and what their Python imports load."""
    paths = {}
    scripts = [p for pattern in ('tools/*', 'tools/fleet/*', 'tests/packaging/*', '.ci/*', 'bench/*')
               for p in glob.glob(os.path.join(source, pattern)) if os.path.isfile(p)]
    for script in scripts:
        with open(script, 'rb') as f:
            first = f.readline().decode('utf-8', 'replace').strip()
        if not first.startswith('#!'):
            continue
        words = first[2:].split()
        interpreter = words[0]
        if os.path.basename(interpreter) == 'env' and len(words) > 1:
            interpreter = shutil.which(words[1], path=os.pathsep.join(SYSTEM_PATH)) or words[1]
        rel = os.path.relpath(script, source)
        if os.path.isfile(interpreter):
            paths.setdefault(interpreter, f'interpreter of {rel}')
        if 'python' in os.path.basename(interpreter):
            with open(script, encoding='utf-8', errors='replace') as f:
                tree = ast.parse(f.read(), script)
            modules = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split('.')[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    modules.add(node.module.split('.')[0])
            for module in sorted(modules):
                spec = importlib.util.find_spec(module)
                if spec is None:
                    paths.setdefault(f'<python module {module}>', f'import in {rel}')
                elif spec.origin and spec.origin.startswith('/'):
                    paths.setdefault(spec.origin, f'python module {module} imported by {rel}')
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('source')
    parser.add_argument('build')
    parser.add_argument('--without', action='append', default=[])
    parser.add_argument('--expect-missing')
    args = parser.parse_args()
    source, build = os.path.realpath(args.source), os.path.realpath(args.build)
    # The tree the build was configured from is the project too (it differs from SOURCE_DIR when a
    # scratch copy's bootstrap list is checked against an existing build).
    ours = [source, build]
    with open(os.path.join(build, 'CMakeCache.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('CMAKE_HOME_DIRECTORY:INTERNAL='):
                ours.append(os.path.realpath(line.split('=', 1)[1].strip()))

    listed = [p for p in bootstrap_packages(source) if p not in args.without]
    dpkg = Dpkg()
    not_installed = [p for p in listed if p not in dpkg.installed]
    base = {name for name, info in dpkg.installed.items() if info['base']}
    allowed = dpkg.closure(set(listed) | base)

    used = {}
    for found in (cache_entries(build), ninja_paths(build), loaded_libraries(build), script_paths(source)):
        for path, why in found.items():
            used.setdefault(path, why)
    tools, tools_missing = tool_paths()
    for path, why in tools.items():
        used.setdefault(path, why)

    problems = []
    to_add = set()
    for tool in tools_missing:
        problems.append(f'{tool}: not found on this machine (the build or the tests call it)')
    for package in not_installed:
        problems.append(f'{package}: listed in tools/lib/bootstrap.sh but not installed here')
    checked = 0
    for path in sorted(used):
        real = os.path.realpath(path) if path.startswith('/') else path
        if any(real.startswith(top + os.sep) or path.startswith(top + os.sep) for top in ours):
            continue
        if path.startswith('<'):
            problems.append(f'{path} ({used[path]}): not found on this machine')
            continue
        checked += 1
        owners = dpkg.owner(path)
        if not owners:
            problems.append(f'{path} ({used[path]}): belongs to no Debian package')
        elif not owners & allowed:
            package = sorted(owners)[0]
            to_add.add(package)
            problems.append(f'{path} ({used[path]}): from {", ".join(sorted(owners))}, which tools/lib/bootstrap.sh '
                            f'does not install (add {package} to OPSDECK_PACKAGES)')

    print(f'checked {checked} files the build and the tests use from outside the project; '
          f'{len(listed)} bootstrap packages, {len(allowed)} packages in their closure with the base system')
    for problem in problems:
        print('MISSING: ' + problem)
    if to_add:
        print('packages to add to OPSDECK_PACKAGES: ' + ' '.join(sorted(to_add)))

    if args.expect_missing:
        if problems and args.expect_missing in to_add:
            print(f'as expected: without {args.expect_missing} the check fails and names it')
            return 0
        print(f'expected the check to fail and name {args.expect_missing}, but it did not')
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
