-- Which migrations this database has; the runner reads it before applying the next ones.
create table schema_migrations (
  version integer primary key,
  name text not null,
  applied_at timestamptz not null default now()
);

-- Enrolled kiosks. The token itself is never stored, only its hash; a revoked kiosk keeps
-- its row so that its tracking-code prefix is never given out again.
create table kiosks (
  id text primary key,
  site_id text not null,
  code_prefix text not null unique,
  token_hash text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  last_heartbeat_at timestamptz,
  queue_counts jsonb not null default '{}'::jsonb
);

create index kiosks_site_id on kiosks (site_id);
