"""A throwaway PostgreSQL server for the tests: Debian's ``postgresql`` package, initdb into a
temp dir, pg_ctl start on a free loopback port (as the ``postgres`` user when running as root:
PostgreSQL refuses to run as root). ``start()`` raises ``Unavailable`` saying why when it
cannot, and the tests that need it skip with that message."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid


class Unavailable(Exception):
    pass


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self):
        self.dir: str | None = None
        self.port: int | None = None
        self.prefix: list[str] = []
        self.pg_ctl = _bin("pg_ctl")
        self.initdb = _bin("initdb")

    def _run(self, *cmd: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run([*self.prefix, *cmd], capture_output=True, text=True, timeout=timeout)

    def start(self) -> "PgServer":
        if not (self.pg_ctl and self.initdb):
            raise Unavailable("PostgreSQL server binaries not found (apt-get install postgresql; "
                              "see .ci/apt-packages.txt)")
        self.dir = tempfile.mkdtemp(prefix="routes-api-pg-")
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user to run PostgreSQL as") from None
            runuser = shutil.which("runuser")
            if not runuser:
                raise Unavailable("running as root and runuser is missing")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.prefix = [runuser, "-u", "postgres", "--"]
        data = os.path.join(self.dir, "data")
        r = self._run(self.initdb, "-D", data, "-U", "routes", "--auth=trust", "-E", "UTF8",
                      "--no-locale", "--no-sync", timeout=120)
        if r.returncode != 0:
            raise Unavailable(f"initdb failed: {r.stderr.strip()[-400:]}")
        for _ in range(3):
            self.port = free_port()
            opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
            r = self._run(self.pg_ctl, "-D", data, "-o", opts, "-l", os.path.join(self.dir, "log"),
                          "-w", "-t", "60", "start", timeout=90)
            if r.returncode == 0:
                return self
        log = ""
        try:
            log = open(os.path.join(self.dir, "log")).read()[-400:]
        except OSError:
            pass
        raise Unavailable(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://routes@127.0.0.1:{self.port}/postgres"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=routes dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://routes@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.dir and self.port:
            self._run(self.pg_ctl, "-D", os.path.join(self.dir, "data"), "-m", "immediate", "stop", timeout=60)
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
