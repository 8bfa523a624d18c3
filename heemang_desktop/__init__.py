"""Heemang Desktop: offline-first client for Korean social-welfare facilities."""

__version__ = "0.1.0"
APP_NAME = "HeemangDesktop"
