#!/usr/bin/env bash
# Smoke test of the Linux package: build the .deb, install it with dpkg, use the installed app (window under Xvfb,
# command line, file association), remove it with dpkg -P and check that nothing is left. docs/installers.md.
#
#   sudo scripts/smoke-deb.sh               build with `mvn -B -q -Pinstallers -DskipTests package`, then test
#   sudo scripts/smoke-deb.sh FILE.deb      test a .deb that is already built
#
# Needs: root (dpkg -i), Debian/Ubuntu, JDK 17 + Maven to build, fakeroot (jpackage), xvfb + libgtk-3-0
# (apt-get install -y xvfb libgtk-3-0 fakeroot), python3 (PNG and JSON checks). Extra Maven options go in
# $MVN_ARGS (e.g. MVN_ARGS=-o). Prints one PASS/FAIL line per check; exit status 0 only if all passed.
# Safe to repeat: an installed vpclab package (left by an interrupted run, say) is purged first, so do not run it
# where VPC Lab is installed for real use; whatever happens, the package it installed is purged on exit (trap).
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=/opt/vpclab
launcher=$prefix/bin/vpclab
failures=0
installed_by_us=""
work=$(mktemp -d /tmp/vpclab-smoke.XXXXXX)

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
die() { fail "$*"; exit 1; }

cleanup() {
  local status=$?
  if [[ -n "$installed_by_us" ]] && dpkg -s vpclab >/dev/null 2>&1; then
    echo "cleanup: dpkg -P vpclab"
    dpkg -P vpclab >"$work/cleanup.log" 2>&1 || cat "$work/cleanup.log"
  fi
  rm -rf "$work"
  if [[ $failures -gt 0 || $status -ne 0 ]]; then
    echo "RESULT: FAIL ($failures failed check(s))"
    exit 1
  fi
  echo "RESULT: PASS"
}
trap cleanup EXIT
trap 'echo "interrupted"; failures=$((failures + 1)); exit 1' INT TERM

[[ $(id -u) -eq 0 ]] || die "run as root (dpkg -i needs it), e.g. sudo $0"
for tool in dpkg dpkg-deb xvfb-run python3 timeout; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y xvfb python3 dpkg)"
done

version=$(sed -n '/<artifactId>vpclab-parent<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' "$repo/pom.xml" | head -1)
[[ -n "$version" ]] || die "cannot read the version from $repo/pom.xml"
echo "VPC Lab $version: smoke test of the .deb (work folder $work)"

# --- 1. build -----------------------------------------------------------------------------------------------
deb=${1:-}
if [[ -z "$deb" ]]; then
  start=$(date +%s)
  # shellcheck disable=SC2086
  if (cd "$repo" && mvn -B -q ${MVN_ARGS:-} -Pinstallers -DskipTests package) >"$work/build.log" 2>&1; then
    pass "build: mvn -Pinstallers -DskipTests package ($(( $(date +%s) - start )) s)"
  else
    tail -40 "$work/build.log"
    die "build: mvn -Pinstallers -DskipTests package failed (log above)"
  fi
  deb=$(ls "$repo"/installers/target/dist/vpclab_"$version"-*_*.deb 2>/dev/null | head -1)
fi
[[ -f "$deb" ]] || die "no .deb at ${deb:-installers/target/dist/vpclab_${version}-*.deb}"
pass "package: $(basename "$deb") ($(( $(stat -c %s "$deb") / 1024 / 1024 )) MB)"
deb_version=$(dpkg-deb -f "$deb" Version)
[[ "${deb_version%-*}" == "$version" ]] && pass "package version $deb_version matches the pom ($version)" \
  || fail "package version $deb_version does not match the pom ($version)"

# --- 2. install ---------------------------------------------------------------------------------------------
if dpkg -s vpclab >/dev/null 2>&1; then
  echo "note: vpclab is already installed (an earlier run?); purging it first"
  dpkg -P vpclab >"$work/pre-purge.log" 2>&1 || { cat "$work/pre-purge.log"; die "cannot purge the installed vpclab"; }
fi
installed_by_us=yes
if dpkg -i "$deb" >"$work/install.log" 2>&1; then
  pass "dpkg -i $(basename "$deb")"
else
  cat "$work/install.log"
  die "dpkg -i failed (missing dependencies? apt-get install -y libgtk-3-0)"
fi
[[ $(dpkg-query -W -f='${Status}' vpclab) == "install ok installed" ]] && pass "dpkg reports vpclab installed" \
  || fail "dpkg status is '$(dpkg-query -W -f='${Status}' vpclab)'"
[[ -x $launcher && -f $prefix/lib/runtime/lib/server/libjvm.so ]] && pass "launcher and bundled Java runtime in $prefix" \
  || die "$launcher or its runtime is missing"
[[ -s $prefix/lib/app/vpclab.jsa ]] && pass "class-data sharing archive installed ($(( $(stat -c %s $prefix/lib/app/vpclab.jsa) / 1024 / 1024 )) MB)" \
  || fail "no CDS archive at $prefix/lib/app/vpclab.jsa"

# --- 3. command line (headless, with an empty environment: no Java from PATH or JAVA_HOME) -------------------
home=$work/home
mkdir -p "$home"
clean_env=(env -i HOME="$home" PATH=/nonexistent LANG=C.UTF-8)
out=$("${clean_env[@]}" "$launcher" --version 2>&1)
[[ "$out" == "VPC Lab $version" ]] && pass "vpclab --version prints '$out' (no Java on PATH)" \
  || fail "vpclab --version printed '$out', expected 'VPC Lab $version'"

cds_log=$(timeout -k 10 60 env -i HOME="$home" PATH=/nonexistent JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version 2>/dev/null)
if grep -q 'dev[.]vpclab[.]app[.]Main source: shared objects file' <<<"$cds_log"; then
  pass "class-data sharing in use, with the app's own classes (archive made by postinst for $prefix)"
elif grep -q 'java[.]lang[.]Object source: shared objects file' <<<"$cds_log"; then
  fail "class-data sharing in use, but without the app's classes (postinst kept the shipped archive)"
else
  fail "class-data sharing not in use (the archive is stale or missing)"
fi

samples=$prefix/lib/app/samples
cp "$samples/ha-web.vpclab" "$samples/broken-network.vpclab" "$work/"
"${clean_env[@]}" "$launcher" validate "$work/ha-web.vpclab" >"$work/validate.out" 2>&1
rc=$?
[[ $rc -eq 0 ]] && pass "vpclab validate ha-web.vpclab: exit 0 ($(tail -1 "$work/validate.out"))" \
  || { cat "$work/validate.out"; fail "vpclab validate ha-web.vpclab: exit $rc, expected 0"; }
"${clean_env[@]}" "$launcher" validate "$work/broken-network.vpclab" >"$work/validate2.out" 2>&1
rc=$?
[[ $rc -eq 1 ]] && pass "vpclab validate broken-network.vpclab: exit 1 (the model has errors)" \
  || { cat "$work/validate2.out"; fail "vpclab validate broken-network.vpclab: exit $rc, expected 1"; }
"${clean_env[@]}" "$launcher" validate "$work/does-not-exist.vpclab" >"$work/validate3.out" 2>"$work/validate3.err"
rc=$?
[[ $rc -eq 2 && ! -s "$work/validate3.out" ]] && pass "vpclab validate on a missing file: exit 2, one line on stderr" \
  || fail "vpclab validate on a missing file: exit $rc (expected 2, nothing on stdout)"
"${clean_env[@]}" "$launcher" trace "$work/ha-web.vpclab" --from internet --to web-alb --port 80 --format json \
  >"$work/trace.json" 2>"$work/trace.err"
rc=$?
if [[ $rc -eq 0 ]] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["reachable"] is True and d["forward"] else 1)' "$work/trace.json"; then
  pass "vpclab trace internet -> web-alb:80 --format json: reachable, exit 0"
else
  head -5 "$work/trace.err"
  fail "vpclab trace internet -> web-alb:80: exit $rc or JSON without reachable=true"
fi
# render draws with JavaFX on the headless Monocle platform: checks the module flags of the installed launcher.
if timeout -k 10 120 "${clean_env[@]}" "$launcher" render "$work/ha-web.vpclab" -o "$work/render.png" >"$work/render.out" 2>&1 \
    && [[ -s "$work/render.png" ]]; then
  pass "vpclab render ha-web.vpclab -o render.png (headless JavaFX)"
else
  tail -5 "$work/render.out"
  fail "vpclab render failed"
fi

# --- 4. the window, under Xvfb ------------------------------------------------------------------------------
xvfb=(xvfb-run -a -s "-screen 0 1920x1200x24")
shot=$work/first-frame.png
if "${xvfb[@]}" timeout -k 10 180 env HOME="$home" "$launcher" --screenshot "$shot" --open "$work/ha-web.vpclab" \
    >"$work/gui.out" 2>&1; then
  pass "app window on ha-web.vpclab drew its first frame (--screenshot)"
else
  tail -20 "$work/gui.out"
  fail "vpclab --screenshot failed or timed out"
fi
check_png() {
  python3 - "$1" <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("not a PNG file")
pos, idat, width = 8, [], None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat.append(body)
    pos += 12 + length
if (width, height) != (1600, 1000):
    sys.exit(f"{width}x{height} px, expected 1600x1000 (the window's scene)")
if depth != 8 or colour not in (2, 6):
    sys.exit(f"unexpected PNG format (depth {depth}, colour type {colour})")
bpp = 3 if colour == 2 else 4
stride = width * bpp
raw = zlib.decompress(b"".join(idat))
prev = bytearray(stride)
counts = {}
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    if f == 1:
        for i in range(bpp, stride):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif f == 2:
        line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
    elif f == 3:
        for i in range(stride):
            line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 0xFF
    elif f == 4:
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    if y % 4 == 0:
        for x in range(0, stride, bpp * 4):
            px = bytes(line[x:x + 3])
            counts[px] = counts.get(px, 0) + 1
    prev = line
total = sum(counts.values())
top = max(counts.values()) / total
if len(counts) < 50 or top > 0.90:
    sys.exit(f"looks blank: {len(counts)} colours, the commonest covers {top:.0%} of the pixels")
print(f"{width}x{height} px, {len(data) // 1024} KB, {len(counts)} colours, commonest {top:.0%}")
PY
}
if [[ -s "$shot" ]]; then
  if info=$(check_png "$shot" 2>&1); then
    pass "first frame PNG: $info"
    [[ -n "${SMOKE_KEEP_SCREENSHOT:-}" ]] && cp "$shot" "$SMOKE_KEEP_SCREENSHOT" && echo "note: screenshot kept at $SMOKE_KEEP_SCREENSHOT"
  else
    fail "first frame PNG: $info"
  fi
else
  fail "no screenshot written"
fi
start_ms=$("${xvfb[@]}" timeout -k 10 120 env HOME="$home" "$launcher" --print-startup-time 2>/dev/null | sed -n 's/^startup-ms=//p')
[[ -n "$start_ms" ]] && pass "start-up to first frame: $start_ms ms (one start; scripts/startup-time.sh measures medians)" \
  || fail "vpclab --print-startup-time printed no startup-ms"

# --- 5. file association: what a double-click runs ------------------------------------------------------------
desktop=$(ls $prefix/lib/*.desktop 2>/dev/null | head -1)
if [[ -n "$desktop" ]] && grep -q '^MimeType=application/x-vpclab' "$desktop" && grep -q "^Exec=$launcher %f" "$desktop" \
    && grep -q 'pattern="\*\.vpclab"' $prefix/lib/*-MimeInfo.xml; then
  pass "file association: *.vpclab is application/x-vpclab, opened by '$launcher %f'"
else
  fail "file association: desktop entry or MIME info missing or wrong"
fi
if command -v xdg-mime >/dev/null; then
  # postinst registered the type with the shared MIME database (xdg-mime install); a menu entry needs menu
  # folders, which a minimal system lacks (xdg-desktop-menu then says so and the installation goes on).
  [[ -f /usr/share/mime/packages/vpclab-vpclab-MimeInfo.xml ]] \
    && pass "xdg-utils present: application/x-vpclab registered in the shared MIME database" \
    || fail "xdg-utils present, but application/x-vpclab is not in /usr/share/mime/packages"
  [[ -f /usr/share/applications/vpclab-vpclab.desktop ]] && echo "note: menu entry installed" \
    || echo "note: no menu entry (this system has no menu folders)"
else
  echo "note: xdg-utils is not installed (the package only recommends it): no menu entry, no MIME registration"
fi
# A double-click passes the file as the lone argument: the app must open it and stay up (a file it cannot open
# ends it at once with a message on stderr).
"${xvfb[@]}" timeout -k 10 20 env HOME="$home" "$launcher" "$work/ha-web.vpclab" >"$work/lone.out" 2>&1
rc=$?
if [[ $rc -eq 124 ]] && ! grep -q '^vpclab:' "$work/lone.out"; then
  pass "'vpclab FILE.vpclab' (double-click) opened the file and kept running"
else
  tail -5 "$work/lone.out"
  fail "'vpclab FILE.vpclab' ended with status $rc instead of staying open"
fi

# --- 6. remove ----------------------------------------------------------------------------------------------
if dpkg -P vpclab >"$work/purge.log" 2>&1; then
  installed_by_us=""
  pass "dpkg -P vpclab"
else
  cat "$work/purge.log"
  fail "dpkg -P vpclab failed"
fi
[[ ! -e $prefix ]] && pass "$prefix is gone" || fail "$prefix is still there: $(find $prefix | head -5 | tr '\n' ' ')"
dpkg -s vpclab >/dev/null 2>&1 && fail "dpkg still knows vpclab" || pass "dpkg no longer knows vpclab"
leftovers=$(find /usr/share/mime/packages /usr/share/applications /usr/share/icons -name '*vpclab*' 2>/dev/null | head -5)
[[ -z "$leftovers" ]] && pass "no desktop-integration files left (MIME type, menu entry, icons)" \
  || fail "left behind: $(tr '\n' ' ' <<<"$leftovers")"
