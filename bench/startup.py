#!/usr/bin/env python3
"""Start-up benchmark driver (see bench/startup.sh and docs/packaging.md).

Launches a command, waits for the line `FIRST_FRAME <ms since JVM start>` on its stdout, records the
wall-clock time from launch to that line and the process's resident memory at that moment
(VmRSS, and the peak VmHWM, from /proc/PID/status), then ends the process.
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

def run_once(cmd, env, timeout=60):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        deadline = t0 + timeout
        for line in p.stdout:
            if line.startswith("FIRST_FRAME"):
                wall = (time.monotonic() - t0) * 1000
                jvm = int(line.split()[1])
                rss = status_kb(p.pid, "VmRSS") / 1024
                hwm = status_kb(p.pid, "VmHWM") / 1024
                return {"wall_ms": round(wall), "jvm_ms": jvm, "rss_mb": round(rss), "hwm_mb": round(hwm)}
            if time.monotonic() > deadline:
                break
        raise RuntimeError(f"no FIRST_FRAME from {cmd[0]} (exit {p.poll()})")
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
    for name, cmd in cases.items():              # cold: each case once, right after dropping caches
        drop_caches()
        results[name] = {"cold": run_once(cmd, env), "warm": []}
    for _ in range(runs):                        # warm: interleaved, so load from other processes
        for name, cmd in cases.items():          # on this shared machine hits every case alike
            results[name]["warm"].append(run_once(cmd, env))
    for name in cases:
        cold, warm = results[name]["cold"], results[name]["warm"]
        med = lambda k: statistics.median(r[k] for r in warm)
        print(f"{name:<22} cold {cold['wall_ms']:>5} ms   warm median {med('wall_ms'):>6.0f} ms "
              f"(min {min(r['wall_ms'] for r in warm)}, max {max(r['wall_ms'] for r in warm)})   "
              f"RSS {med('rss_mb'):.0f} MB (peak {med('hwm_mb'):.0f})", flush=True)
    print(f"cold = {cold_kind}; warm = median of {runs} runs; times = launch -> first frame rendered")
    base = spec.get("ratios", [])
    for ours, bare in base:
        c = results[ours]["cold"]["wall_ms"] / results[bare]["cold"]["wall_ms"]
        w = statistics.median(r["wall_ms"] for r in results[ours]["warm"]) / statistics.median(r["wall_ms"] for r in results[bare]["warm"])
        print(f"ratio {ours} / {bare}: cold {c:.2f}, warm {w:.2f}")
    json.dump(results, open(spec.get("out", "/dev/null"), "w"), indent=1)

if __name__ == "__main__":
    main()
