FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN useradd --create-home --uid 1000 app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# The reader's hot modules compiled (screening/native.py); the compiler goes again with its lists.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && python -m screening.build_reader \
    && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/*
# Static files are collected at build time and served by whitenoise (no CDN, works air-gapped).
RUN SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/checkpoints && chown -R app /app/media /app/checkpoints
USER app

EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
