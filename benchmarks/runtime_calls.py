"""Which functions of a profile are the Swift runtime's and the C library's rather than Sluice's own work.

Shared by benchmarks/perf_profile.sh (sampled stacks) and benchmarks/cachegrind_per_doc.sh (instruction counts), so
both scripts put a function in the same kind: exclusivity checks, malloc/free, or reference counting and value
copies (retain/release, outlined copies and destroys of Sluice types). Memory copies (memcpy/memmove) are a kind of
their own for cachegrind only: perf charges them to the caller's work.
"""
import re

RUNTIME = re.compile(r"swift_retain|swift_release|swift_bridgeObject|doDecrementSlow|swift_arrayDestroy|"
                     r"swift_allocObject|swift_dealloc|_swift_release_dealloc|swift_slowAlloc|StorageCfD|"
                     r"swift_isUniquelyReferenced|malloc|_int_free|cfree|unlink_chunk|swift_beginAccess|"
                     r"swift_endAccess|AccessSet|SwiftTLSContext|__tls_get_addr|V(wxx|wcp|WOh|WOc|WOs)\b")
_KINDS = [("exclusivity checks", re.compile(r"swift_beginAccess|swift_endAccess|AccessSet|SwiftTLSContext|__tls_get_addr")),
          ("malloc/free", re.compile(r"malloc|_int_free|cfree|unlink_chunk|swift_slowAlloc"))]
COPIES = re.compile(r"memcpy|memmove")


def kind(name):
    """The runtime kind of function `name`, or None if it is not a runtime call."""
    if not RUNTIME.search(name):
        return None
    return next((k for k, r in _KINDS if r.search(name)), "reference counting and value copies")


def short(name):
    """A Swift symbol without its length prefixes, cut to fit a line."""
    return re.sub(r"\$s\d+", "", name)[:110]
