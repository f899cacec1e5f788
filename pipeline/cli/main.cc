// voortgang's command line: parses flags and runs the stages; the only code linking both renderers.
int main() { return 0; }
