"""Serve the workbench demo exactly as `make run` does, on a free loopback port."""
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DemoServer:
    """migrate --run-syncdb, seed, runserver --noreload (the `make run` recipe) in ``folder``."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.folder / "server.log"
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "jobs4all_xblocks.demo.settings",
                    "JOBS4ALL_DEMO_DIR": str(self.folder), "PYTHONPATH": str(ROOT)}
        self.process = None

    def _manage(self, *args):
        subprocess.run([sys.executable, "-m", "django", *args], env=self.env, cwd=self.folder, check=True,
                       capture_output=True)

    def start(self):
        self._manage("migrate", "--run-syncdb", "--noinput")
        subprocess.run([sys.executable, "-m", "jobs4all_xblocks.demo.seed"], env=self.env, cwd=self.folder,
                       check=True, capture_output=True)
        log = open(self.log_path, "w", encoding="utf-8")  # pylint: disable=consider-using-with
        self.process = subprocess.Popen(  # pylint: disable=consider-using-with
            [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            env=self.env, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the demo server did not start:\n" + self.log())

    def log(self):
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
