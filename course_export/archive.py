"""Reproducible ``.tar.gz`` of a folder: same files -> byte-identical archive.

Entries are sorted, owned by uid/gid 0 with empty owner names, dated at a fixed time, with
fixed modes (0644 files, 0755 folders); the gzip header carries no name and mtime 0.
"""
import gzip
import hashlib
import io
import tarfile
from pathlib import Path

FIXED_MTIME = 946684800  # 2000-01-01T00:00:00Z; Open edX ignores archive dates


def _info(name, path):
    info = tarfile.TarInfo(name)
    info.mtime = FIXED_MTIME
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if path.is_dir():
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
    else:
        info.mode = 0o644
        info.size = path.stat().st_size
    return info


def pack(folder, target, top="course"):
    """Write ``folder`` as ``target`` (.tar.gz) with the single top-level folder ``top``."""
    folder, target = Path(folder), Path(target)
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.addfile(_info(top, folder))
        for path in paths:
            info = _info(f"{top}/{path.relative_to(folder).as_posix()}", path)
            if path.is_dir():
                tar.addfile(info)
            else:
                with open(path, "rb") as handle:
                    tar.addfile(info, handle)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buffer.getvalue())
    return sha256(target)


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
