"""Analytics over canonical events: timeline, actor network, dyads, tension index, escalation alerts."""
from eventwire.analyze.alerts import alerts
from eventwire.analyze.network import dyads, network
from eventwire.analyze.tension import tension
from eventwire.analyze.timeline import timeline

__all__ = ["timeline", "network", "dyads", "tension", "alerts"]
