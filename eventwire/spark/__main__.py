"""``python -m eventwire.spark INPUT... OUTPUT [--master local[2]] [--partitions N]``."""
import sys

from eventwire.spark.job import main

sys.exit(main())
