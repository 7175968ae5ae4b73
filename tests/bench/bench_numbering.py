"""Numbering a 3,000-clause outline (with sub-paragraphs and pinned bis numbers) against a
floor: the plainest loop that gives 3,000 flat paragraphs consecutive numbers.

Run on demand: python tests/bench/bench_numbering.py  (prints CPU ratios, never asserts).
"""

from __future__ import annotations

import statistics
import time

from meetingdesk.text.numbering import Node, number_outline, pins_after_edit

N = 3_000


def floor(n: int) -> list[str]:
    return [f"{i}." for i in range(1, n + 1)]


def outline(n: int) -> list[Node]:
    nodes: list[Node] = []
    para = None
    for i in range(n):
        if i % 4 == 0:
            para = i
            nodes.append(Node(i, "operative", None, False, (i // 4 + 1, 0)))
        else:
            nodes.append(Node(i, "operative", para, False, (i % 4, 0)))
    nodes.insert(8, Node("new", "operative"))  # a bis paragraph among pinned ones
    return nodes


def cpu(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def main() -> None:
    nodes = outline(N)
    base = cpu(lambda: floor(N))
    read = cpu(lambda: number_outline(nodes))
    edit = cpu(lambda: pins_after_edit(nodes, nodes), repeat=5)
    print(f"floor (flat loop, {N}): {base * 1000:.2f} ms CPU")
    print(f"number_outline: {read * 1000:.2f} ms CPU, ratio {read / base:.1f}")
    print(f"pins_after_edit: {edit * 1000:.2f} ms CPU, ratio {edit / base:.1f}")


if __name__ == "__main__":
    main()
