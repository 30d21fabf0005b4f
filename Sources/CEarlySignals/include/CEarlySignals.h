// Blocks SIGTERM, SIGINT and SIGHUP before any Swift code runs (see early_signals.c).
void plural_early_signals_linked(void);
