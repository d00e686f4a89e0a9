"""Services: one QObject per area. They validate, write in one transaction and emit signals."""
