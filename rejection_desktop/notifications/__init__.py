"""Delivering a notice: the notifier chain and one backend per way of reaching the desktop."""
