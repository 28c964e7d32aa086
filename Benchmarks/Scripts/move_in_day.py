#!/usr/bin/env python3
"""Move-in day figures for issue 15, measured through the built `keydesk` binary.

    python3 Benchmarks/Scripts/move_in_day.py [--keydesk .build/release/keydesk] [--rows 1000]

1. `keydesk import` of ROWS residents into `keydesk sandbox --latency 50`, default concurrency,
   then the same file one resident at a time (--concurrency 1): wall clock of each, and the ratio.
2. The import killed with SIGKILL about half way, then run again: the residents, ACS users and
   keys in the sandbox, counted through the API.
3. `keydesk list credentials --format jsonl` over the large seed (105,000 credentials): time to
   the first line, total time, and the peak resident memory of the process.

Only loopback is used; every process started here is stopped here.
"""
import argparse, json, os, signal, sqlite3, subprocess, sys, tempfile, time, urllib.parse, urllib.request

API_KEY = "seam_bench_key"


def start_sandbox(keydesk, *options):
    process = subprocess.Popen([keydesk, "sandbox", "--port", "0", "--issue-delay", "0", "--api-key", API_KEY, *options],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = process.stdout.readline().strip()
    if not first.startswith("listening on "):
        process.kill()
        sys.exit("sandbox said: " + first)
    return process, first[len("listening on "):]


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def residents_csv(path, rows, prefix):
    doors = ["Main Entrance;Unit 101", "Main Entrance;Fitness Center", "Main Entrance;Unit 202;Package Room"]
    with open(path, "w") as out:
        out.write("Tenant ID,Resident Name,E-mail Address,Property,Doors,Move-In Date,Lease End Date\n")
        for i in range(rows):
            building = "Maple Court" if i % 2 == 0 else "Harbor Lofts"
            out.write(f'T{i},"Resident, Number {i}",{prefix}.{i}@example.com,{building},{doors[i % 3]},2026-01-01,2099-12-31\n')
    return [f"{prefix}.{i}@example.com" for i in range(rows)]


def environment(home, endpoint):
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_STATE_HOME=home + "/state", SEAM_API_KEY=API_KEY, SEAM_ENDPOINT=endpoint)
    env.pop("SEAM_PERSONAL_ACCESS_TOKEN", None)
    return env


def timed_import(keydesk, csv, env, *options):
    started = time.monotonic()
    result = subprocess.run([keydesk, "import", csv, *options], env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"import exited {result.returncode}: {result.stderr[-2000:]}")
    return elapsed, result.stdout.strip()


def api_list(endpoint, route, key, **params):
    """Every item of a paginated list route, through the HTTP API."""
    items, cursor = [], None
    while True:
        query = dict(params, limit=500)
        if cursor:
            query["page_cursor"] = cursor
        request = urllib.request.Request(endpoint + route + "?" + urllib.parse.urlencode(query),
                                         headers={"Authorization": "Bearer " + API_KEY})
        body = json.load(urllib.request.urlopen(request))
        items += body[key]
        pagination = body.get("pagination") or {}
        cursor = pagination.get("next_page_cursor") if pagination.get("has_next_page") else None
        if not cursor:
            return items


def done_rows(journal):
    if not os.path.exists(journal):
        return 0
    try:
        db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=1)
        return db.execute("""SELECT count(*) FROM import_row WHERE progress LIKE '%"done"%'""").fetchone()[0]
    except sqlite3.Error:
        return 0


def import_figures(keydesk, rows, work):
    times = {}
    for concurrency in ("4", "1"):
        sandbox, endpoint = start_sandbox(keydesk, "--in-memory", "--latency", "50")
        try:
            home = tempfile.mkdtemp(dir=work)
            csv = home + "/residents.csv"
            residents_csv(csv, rows, "bench" + concurrency)
            elapsed, summary = timed_import(keydesk, csv, environment(home, endpoint), "--concurrency", concurrency)
            times[concurrency] = elapsed
            print(f"import {rows} rows, --latency 50, --concurrency {concurrency}: {elapsed:.1f} s  ({summary})")
        finally:
            stop(sandbox)
    print(f"ratio one-after-another / concurrent: {times['1'] / times['4']:.2f}x")


def kill_figures(keydesk, rows, work):
    sandbox, endpoint = start_sandbox(keydesk, "--in-memory", "--latency", "50")
    try:
        home = tempfile.mkdtemp(dir=work)
        csv = home + "/residents.csv"
        emails = set(residents_csv(csv, rows, "killed"))
        env = environment(home, endpoint)
        journal = home + "/state/keydesk/import-journal.sqlite"
        process = subprocess.Popen([keydesk, "import", csv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while done_rows(journal) < rows // 2 and process.poll() is None:
            time.sleep(0.05)
        at = done_rows(journal)
        process.send_signal(signal.SIGKILL)
        process.wait()
        elapsed, summary = timed_import(keydesk, csv, env)
        identities = [i for i in api_list(endpoint, "/user_identities/list", "user_identities") if i.get("email_address") in emails]
        ids = {i["user_identity_id"] for i in identities}
        users = [u for u in api_list(endpoint, "/acs/users/list", "acs_users") if u.get("user_identity_id") in ids]
        user_ids = {u["acs_user_id"] for u in users}
        keys = [c for c in api_list(endpoint, "/acs/credentials/list", "acs_credentials") if c.get("acs_user_id") in user_ids]
        print(f"killed (SIGKILL) with {at} of {rows} rows done; the second run took {elapsed:.1f} s ({summary})")
        print(f"in the sandbox: {len(identities)} residents (user identities), {len(users)} ACS users, {len(keys)} keys")
    finally:
        stop(sandbox)


def list_figures(keydesk, work):
    data = tempfile.mkdtemp(dir=work)
    seeding = time.monotonic()
    sandbox, endpoint = start_sandbox(keydesk, "--data", data, "--seed", "large")
    print(f"large seed ready in {time.monotonic() - seeding:.1f} s")
    try:
        home = tempfile.mkdtemp(dir=work)
        env = environment(home, endpoint)
        for _ in range(2):  # the first run also warms the sandbox's caches
            started = time.monotonic()
            process = subprocess.Popen([keydesk, "list", "credentials", "--format", "jsonl"], env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            first = process.stdout.readline()
            first_at = time.monotonic() - started
            lines, samples = 1, []
            for _ in process.stdout:
                lines += 1
                if lines % 15000 == 0:
                    samples.append(resident_mib(process.pid))
            process.wait()
            total = time.monotonic() - started
            print(f"list credentials --format jsonl: first line after {first_at * 1000:.0f} ms, {lines} lines in {total:.1f} s; "
                  f"RSS every 15,000 lines (MiB): {samples} (first line is JSON: {bool(json.loads(first))})")
    finally:
        stop(sandbox)


def resident_mib(pid):
    """The resident memory of a running process, from /proc (None once it has exited)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keydesk", default=".build/release/keydesk")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--skip", action="append", default=[], choices=["import", "kill", "list"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="keydesk-move-in-") as work:
        if "import" not in args.skip:
            import_figures(args.keydesk, args.rows, work)
        if "kill" not in args.skip:
            kill_figures(args.keydesk, args.rows, work)
        if "list" not in args.skip:
            list_figures(args.keydesk, work)


if __name__ == "__main__":
    main()
