// Blocks SIGTERM, SIGINT and SIGHUP in a constructor, before main (see early_signals.c).
void plural_early_signals_linked(void);
