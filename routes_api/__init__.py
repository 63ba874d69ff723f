"""routes-api: offline tourism and green-mobility route planner for the Greater Shanghai
Metropolitan Area (上海大都市圈)."""

__version__ = "0.1.0"
