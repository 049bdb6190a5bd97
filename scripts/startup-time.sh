#!/usr/bin/env bash
# Measures how long VPC Lab takes from launch to its first drawn frame, as the median of several starts.
#
#   scripts/startup-time.sh [-n RUNS] [LAUNCHER ...]      default: -n 7 /opt/vpclab/bin/vpclab
#
# Each start runs `LAUNCHER --print-startup-time` (the app prints "startup-ms=N", N = time from JVM start to the
# first drawn frame, and exits). With several launchers the starts are interleaved (A B A B ...), so that load
# from other processes hits every launcher alike. Per launcher it prints the medians (and minimums) of:
#   app   = the app's own startup-ms (JVM start -> first frame)
#   line  = launch -> the startup-ms line on stdout, measured outside (includes the native launcher)
#   exit  = launch -> process exit
#   cpu   = user+sys CPU seconds of the process (less sensitive to other load than the wall times)
# and the same for `LAUNCHER --version` (the headless command line: no JavaFX).
# Needs a display: without $DISPLAY it starts its own Xvfb (xvfb package) for the whole run.
set -euo pipefail

runs=7
if [[ "${1:-}" == "-n" ]]; then runs=$2; shift 2; fi
launchers=("$@")
[[ ${#launchers[@]} -gt 0 ]] || launchers=(/opt/vpclab/bin/vpclab)
for l in "${launchers[@]}"; do
  [[ -x "$l" ]] || { echo "FAIL: $l is not an executable launcher" >&2; exit 2; }
done

xvfb_pid=""
cleanup() { [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]]; then
  command -v Xvfb >/dev/null || { echo "FAIL: no DISPLAY and no Xvfb (apt-get install -y xvfb)" >&2; exit 2; }
  for n in $(seq 90 120); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
fi

python3 - "$runs" "${launchers[@]}" <<'PY'
import os, re, resource, statistics, subprocess, sys, time

runs, launchers = int(sys.argv[1]), sys.argv[2:]

def start(cmd, marker):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line_ms, value = None, None
    for line in p.stdout:
        m = re.search(marker, line)
        if m and line_ms is None:
            line_ms = (time.monotonic() - t0) * 1000
            value = m.group(1) if m.groups() else None
    p.wait()
    exit_ms = (time.monotonic() - t0) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0 or line_ms is None:
        sys.exit(f"FAIL: {' '.join(cmd)} exited {p.returncode} without printing {marker!r}")
    return value, line_ms, exit_ms, cpu

def report(name, rows):
    cols = list(zip(*rows))
    parts = []
    for label, values, fmt in zip(("app", "line", "exit", "cpu"), cols, ("{:.0f} ms", "{:.0f} ms", "{:.0f} ms", "{:.2f} s")):
        values = [float(v) for v in values if v is not None]
        if values:
            parts.append(f"{label} {fmt.format(statistics.median(values))} (min {fmt.format(min(values))})")
    print(f"{name}: " + ", ".join(parts))

for l in launchers:  # warm the file cache once; not counted
    start([l, "--print-startup-time"], r"startup-ms=(\d+)")
gui = {l: [] for l in launchers}
cli = {l: [] for l in launchers}
for _ in range(runs):
    for l in launchers:
        gui[l].append(start([l, "--print-startup-time"], r"startup-ms=(\d+)"))
    for l in launchers:
        v, line_ms, exit_ms, cpu = start([l, "--version"], r"VPC Lab ")
        cli[l].append((None, line_ms, exit_ms, cpu))
print(f"median of {runs} starts each (load average before: {os.getloadavg()[0]:.2f})")
for l in launchers:
    report(f"{l} --print-startup-time", gui[l])
    report(f"{l} --version", cli[l])
PY
