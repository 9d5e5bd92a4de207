#!/usr/bin/python3
"""Write the two files every Debian package carries in /usr/share/doc/opsdeck, from the project's own
sources so that nothing is said twice:

  copyright     machine-readable (DEP-5), its license text taken from LICENSE, its license name from
                the AppStream metainfo's <project_license>
  changelog.gz  a Debian changelog made from the metainfo's <releases>, compressed reproducibly

The newest <release> must be the version CMake defines (the one `opsdeck --version` and the About box
show): a version bump without a release entry stops the build here, not in a user's software centre.

  debian-docs.py VERSION MAINTAINER METAINFO LICENSE OUTDIR
"""
import datetime
import gzip
import sys
import textwrap
import xml.etree.ElementTree as ET


def fail(message):
    print(f"debian-docs.py: {message}", file=sys.stderr)
    sys.exit(1)


def paragraphs(element):
    """The plain text of a release description, one string per <p> or <li>."""
    if element is None:
        return []
    return [" ".join("".join(node.itertext()).split()) for node in element.iter() if node.tag in ("p", "li")]


def changelog(version, maintainer, releases):
    entries = []
    for release in releases:
        date = datetime.datetime.strptime(release.get("date"), "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        items = paragraphs(release.find("description")) or ["Release " + release.get("version") + "."]
        lines = [f"opsdeck ({release.get('version')}) unstable; urgency=medium", ""]
        for item in items:
            lines += textwrap.wrap(item, width=76, initial_indent="  * ", subsequent_indent="    ")
        lines += ["", f" -- {maintainer}  {date.strftime('%a, %d %b %Y %H:%M:%S +0000')}", ""]
        entries.append("\n".join(lines))
    return "\n".join(entries)


def copyright_file(license_name, license_text):
    lines = license_text.strip("\n").splitlines()
    holder = next((l for l in lines if l.startswith("Copyright")), None)
    if holder is None:
        fail("LICENSE names no copyright holder")
    body = [" " + l if l.strip() else " ." for l in lines if l is not holder and l.strip() != license_name + " License"]
    while body and body[0] == " .":
        body.pop(0)
    return "\n".join([
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: OpsDeck",
        "Source: https://opsdeck.io",
        "",
        "Files: *",
        f"Copyright: {holder.removeprefix('Copyright (c) ').removeprefix('Copyright ')}",
        f"License: {license_name}",
        "",
        f"License: {license_name}",
    ] + body) + "\n"


def main(argv):
    if len(argv) != 6:
        fail("usage: debian-docs.py VERSION MAINTAINER METAINFO LICENSE OUTDIR")
    version, maintainer, metainfo, license_path, outdir = argv[1:]
    root = ET.parse(metainfo).getroot()
    releases = root.findall("./releases/release")
    if not releases:
        fail(f"{metainfo} has no <releases>")
    if releases[0].get("version") != version:
        fail(f"{metainfo}: the newest <release> is {releases[0].get('version')}, but CMake's project version is "
             f"{version}; add a <release version=\"{version}\"> entry first")
    license_name = root.findtext("project_license")
    with open(license_path, encoding="utf-8") as f:
        license_text = f.read()
    if not license_text.startswith(license_name + " License"):
        fail(f"{license_path} is not the {license_name} license the metainfo declares")
    with open(f"{outdir}/copyright", "w", encoding="utf-8") as f:
        f.write(copyright_file(license_name, license_text))
    # mtime 0 and no file name in the header: the same input gives the same bytes (lintian asks for it).
    with open(f"{outdir}/changelog.gz", "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
        f.write(changelog(version, maintainer, releases).encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv)
