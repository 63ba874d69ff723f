# routes-api: the API with the embedded network data baked in.
#   docker build -t routes-api .
#   docker run -p 8000:8000 -v routes-state:/data routes-api            (SQLite under /data)
#   docker run -p 8000:8000 -e DATABASE_URL=postgresql://... routes-api  (PostgreSQL)
# See docs/deployment.md (docker-compose.yml: the API behind nginx, several workers, PostgreSQL).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    ROUTES_API_DATA_DIR=/app/network_data \
    ROUTES_API_ITINERARY_DIR=/app/itineraries \
    ROUTES_API_STATE_DIR=/data \
    ROUTES_API_HOST=0.0.0.0 \
    ROUTES_API_PORT=8000 \
    ROUTES_API_WORKERS=2 \
    ROUTES_API_LOG_FORMAT=json \
    NUMBA_CACHE_DIR=/app/.numba-cache

# Chromium renders the PDFs; Noto CJK is the Chinese font of the printable plans and maps.
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 --shell /usr/sbin/nologin app

WORKDIR /app
COPY pyproject.toml README.md ./
COPY routes_api ./routes_api
RUN pip install --no-cache-dir . && rm -rf /root/.cache
# the data last: a data-only change rebuilds only these layers
COPY network_data ./network_data
COPY itineraries ./itineraries
RUN mkdir -p /data && chown app:app /data \
    && python -c "from routes_api.data.load import load_network; load_network('/app/network_data')" \
    && python -c "from routes_api.solvers.ophs import warm_up; warm_up()" \
    && chmod -R a+rX /app/.numba-cache

USER app
VOLUME /data
EXPOSE 8000
# liveness; orchestrators should use /v1/ready (data loaded, database reachable) for traffic
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import sys,urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/v1/health', timeout=4).status == 200 else 1)"
CMD ["routes-api", "serve"]
