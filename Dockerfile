# One image for the four services: `reportwatch serve <service>`.
FROM python:3.11-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY services ./services
COPY seeds ./seeds
# The extraction engine compiled with mypyc (about 1.4x the reports per second of its sources).
RUN pip install --no-cache-dir ".[native]" && python -m services.extractor.build_native
ENV RW_PROFILE=prod RW_WEB_HOST=0.0.0.0 RW_DATA_DIR=/data RW_LOG_FORMAT=json
VOLUME /data
ENTRYPOINT ["reportwatch"]
