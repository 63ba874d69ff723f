FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    ROUTES_API_DATA_DIR=/app/network_data ROUTES_API_ITINERARY_DIR=/app/itineraries ROUTES_API_STATE_DIR=/data
RUN useradd --create-home --uid 10001 app
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY routes_api ./routes_api
COPY network_data ./network_data
COPY itineraries ./itineraries
RUN pip install --no-cache-dir .
RUN mkdir -p /data && chown app /data
USER app
VOLUME /data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/v1/health').status==200 else 1)"
CMD ["routes-api", "serve", "--host", "0.0.0.0", "--port", "8000"]
