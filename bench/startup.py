#!/usr/bin/env python3
"""Start-up benchmark driver (see bench/startup.sh and docs/packaging.md).

Launches a command, waits for the line `FIRST_FRAME <ms since JVM start>` on its stdout, records the
wall-clock time from launch to that line and the process's resident memory at that moment
(VmRSS, and the peak VmHWM, from /proc/PID/status); for the workbench, whose first frame is its
start-up splash, it then waits for `READY <ms>` (the main window's first page painted) and records
the same there. Then it ends the process.
"""
import json, os, signal, statistics, subprocess, sys, time

def drop_caches():
    try:
        subprocess.run(["sync"], check=False)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False

def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None

def run_once(cmd, env, ready, timeout=60):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    result = {}
    def mark(prefix, line):
        result[prefix + "wall_ms"] = round((time.monotonic() - t0) * 1000)
        result[prefix + "jvm_ms"] = int(line.split()[1])
        result[prefix + "rss_mb"] = round(status_kb(p.pid, "VmRSS") / 1024)
        result[prefix + "hwm_mb"] = round(status_kb(p.pid, "VmHWM") / 1024)
    try:
        deadline = t0 + timeout
        for line in p.stdout:
            if line.startswith("FIRST_FRAME"):
                mark("", line)
                if not ready:
                    return result
            elif line.startswith("READY"):
                mark("ready_", line)
                return result
            if time.monotonic() > deadline:
                break
        raise RuntimeError(f"no FIRST_FRAME/READY from {cmd[0]} (exit {p.poll()})")
    finally:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()

def main():
    spec = json.load(open(sys.argv[1]))   # {"runs": N, "cases": {name: [cmd...]}}
    runs = spec["runs"]
    env = dict(os.environ)
    results = {}
    cold_kind = "page cache dropped" if drop_caches() else "first run after build (page cache not droppable)"
    cases = spec["cases"]
    ready = set(spec.get("ready", []))           # cases that print READY after their first frame
    for name, cmd in cases.items():              # cold: each case once, right after dropping caches
        drop_caches()
        results[name] = {"cold": run_once(cmd, env, name in ready), "warm": []}
    for _ in range(runs):                        # warm: interleaved, so load from other processes
        for name, cmd in cases.items():          # on this shared machine hits every case alike
            results[name]["warm"].append(run_once(cmd, env, name in ready))
    for name in cases:
        cold, warm = results[name]["cold"], results[name]["warm"]
        med = lambda k: statistics.median(r[k] for r in warm)
        print(f"{name:<22} cold {cold['wall_ms']:>5} ms   warm median {med('wall_ms'):>6.0f} ms "
              f"(min {min(r['wall_ms'] for r in warm)}, max {max(r['wall_ms'] for r in warm)})   "
              f"RSS {med('rss_mb'):.0f} MB (peak {med('hwm_mb'):.0f})", flush=True)
        if name in ready:
            print(f"{'  ... main window':<22} cold {cold['ready_wall_ms']:>5} ms   warm median {med('ready_wall_ms'):>6.0f} ms "
                  f"(min {min(r['ready_wall_ms'] for r in warm)}, max {max(r['ready_wall_ms'] for r in warm)})   "
                  f"RSS {med('ready_rss_mb'):.0f} MB (peak {med('ready_hwm_mb'):.0f})", flush=True)
    print(f"cold = {cold_kind}; warm = median of {runs} runs; times = launch -> first frame rendered "
          f"(the workbench's is its start-up splash; '... main window' = launch -> main window's first page rendered)")
    base = spec.get("ratios", [])
    for ours, bare in base:
        c = results[ours]["cold"]["wall_ms"] / results[bare]["cold"]["wall_ms"]
        w = statistics.median(r["wall_ms"] for r in results[ours]["warm"]) / statistics.median(r["wall_ms"] for r in results[bare]["warm"])
        print(f"ratio {ours} / {bare}: cold {c:.2f}, warm {w:.2f}")
        if ours in ready:
            c = results[ours]["cold"]["ready_wall_ms"] / results[bare]["cold"]["wall_ms"]
            w = statistics.median(r["ready_wall_ms"] for r in results[ours]["warm"]) / statistics.median(r["wall_ms"] for r in results[bare]["warm"])
            print(f"ratio {ours} main window / {bare}: cold {c:.2f}, warm {w:.2f}")
    json.dump(results, open(spec.get("out", "/dev/null"), "w"), indent=1)

if __name__ == "__main__":
    main()
