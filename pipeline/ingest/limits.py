"""What one file may cost before it is refused with TOO_LARGE (size, pages, unpacked size,
compression, parts, time, memory), and the errors that name the limit passed."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.values import TooLarge


@dataclass(frozen=True)
class Limits:
    """What one file may cost before it is refused with TOO_LARGE. Every message names the
    limit that was passed, and the flag that changes it."""

    max_file_mb: float = 50.0
    max_pages: int = 500
    max_uncompressed_mb: float = 200.0  # total of a Word file's unpacked parts
    max_compression_ratio: float = 100.0  # per part, and over the whole Word package
    max_parts: int = 5000  # parts in a Word package; real ones have tens, a few hundred with images
    timeout_s: float = 120.0  # per file, enforced by the executor that runs it
    max_memory_mb: float = 2048.0  # memory a worker process may take on for one file

    def check_size(self, file: str, size: int) -> None:
        if size > self.max_file_mb * 1024 * 1024:
            raise TooLarge(
                file,
                f"file is {size / 1048576:.1f} MB, over the file-size limit of "
                f"{self.max_file_mb:g} MB (--max-file-mb)",
            )

    def parse_key(self) -> str:
        """The limits that can change what a reader returns, for cache keys (the file size
        is checked before any cache look-up, and the time limit is never cached)."""
        return (
            f"pages{self.max_pages}-unpacked{self.max_uncompressed_mb:g}"
            f"-ratio{self.max_compression_ratio:g}-parts{self.max_parts}"
        )

    def out_of_memory(self, file: str) -> TooLarge:
        """The error for a file whose worker grew past the memory limit."""
        return TooLarge(
            file,
            f"needed more than the memory limit of {self.max_memory_mb:g} MB per file "
            "(--max-memory-mb); it may be built to exhaust memory",
        )

    def timed_out(self, file: str) -> TooLarge:
        """The error for a file that ran past the time limit."""
        return TooLarge(
            file,
            f"took longer than the time limit of {self.timeout_s:g} s per file (--timeout); "
            "it may be very long or built to stall the reader",
        )


DEFAULT_LIMITS = Limits()
