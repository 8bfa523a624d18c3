"""The outage calendar: outage windows, CMS blackouts and report deadlines, shipped and facility-added."""
