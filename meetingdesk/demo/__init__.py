"""The demo meeting (Takamatsu 2016, our own wording), its negotiation script and the large
generated meeting for benchmarks. It uses the services; nothing in the core imports it."""
