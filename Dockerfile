# The laomo-graph UI (Streamlit) for docker-compose; talks to the neo4j service.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.lock pyproject.toml README.md ./
RUN pip install -r requirements.lock
COPY . .
RUN pip install --no-deps -e .
EXPOSE 8501
# Loading the sample is idempotent, so a restart changes nothing.
CMD ["sh", "-c", "if [ \"$LAOMO_LOAD_SAMPLE\" = 1 ]; then laomo load data/profiles; fi; exec laomo ui --address 0.0.0.0 --port 8501"]
