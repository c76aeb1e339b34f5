"""eventwire on Apache Spark (``pip install eventwire[spark]``): see ``eventwire.spark.job``."""
