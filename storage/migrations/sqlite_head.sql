-- The schema the migrations make of an empty SQLite database (storage/schema.py,
-- SQLITE_SCHEMA). Generated: do not edit; after adding a migration run
--     .venv/bin/python -m storage.db sqlite-schema
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE sources (
	id VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	url TEXT NOT NULL, 
	language VARCHAR(8), 
	interval_seconds INTEGER NOT NULL, 
	enabled BOOLEAN DEFAULT 1 NOT NULL, 
	in_config BOOLEAN DEFAULT 1 NOT NULL, 
	dedup BOOLEAN DEFAULT 1 NOT NULL, 
	etag TEXT, 
	last_modified TEXT, 
	next_poll_at DATETIME NOT NULL, 
	consecutive_failures INTEGER DEFAULT '0' NOT NULL, 
	last_status VARCHAR(20), 
	last_http_status INTEGER, 
	last_error TEXT, 
	last_polled_at DATETIME, 
	last_success_at DATETIME, 
	lease_owner VARCHAR(100), 
	lease_until DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, fulltext VARCHAR(8) DEFAULT 'auto' NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_sources_next_poll_at ON sources (next_poll_at);

CREATE TABLE fetch_log (
	id INTEGER NOT NULL, 
	source_id VARCHAR(64) NOT NULL, 
	started_at DATETIME NOT NULL, 
	duration_ms INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	http_status INTEGER, 
	new_items INTEGER DEFAULT '0' NOT NULL, 
	bytes INTEGER, 
	error TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);

CREATE INDEX ix_fetch_log_source_started ON fetch_log (source_id, started_at);

CREATE TABLE stories (
	id INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	url TEXT, 
	language VARCHAR(8), 
	published_at DATETIME NOT NULL, 
	first_seen_at DATETIME NOT NULL, 
	last_seen_at DATETIME NOT NULL, 
	relevant BOOLEAN DEFAULT 0 NOT NULL, 
	relevant_since DATETIME, 
	score FLOAT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_stories_first_seen ON stories (first_seen_at);

CREATE INDEX ix_stories_relevant_since ON stories (relevant_since);

CREATE TABLE "items" (
	id INTEGER NOT NULL, 
	source_id VARCHAR(64) NOT NULL, 
	item_key VARCHAR(64) NOT NULL, 
	guid TEXT, 
	url TEXT, 
	title TEXT NOT NULL, 
	summary TEXT NOT NULL, 
	content TEXT, 
	author TEXT, 
	language VARCHAR(8), 
	published_at DATETIME NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	relevant BOOLEAN, 
	score FLOAT, 
	decision JSON, 
	rules_version VARCHAR(40), 
	story_id INTEGER, 
	canonical_url TEXT, 
	signature BLOB, 
	updated_at DATETIME, 
	deleted_at DATETIME, outlet_url TEXT, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_items_source_key UNIQUE (source_id, item_key), 
	CONSTRAINT fk_items_story FOREIGN KEY(story_id) REFERENCES stories (id), 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);

CREATE INDEX ix_items_story ON items (story_id);

CREATE UNIQUE INDEX uq_items_canonical_url ON items (canonical_url);

CREATE TABLE sightings (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	source_id VARCHAR(64) NOT NULL, 
	item_key VARCHAR(64) NOT NULL, 
	guid TEXT, 
	url TEXT, 
	seen_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_sightings_source_key UNIQUE (source_id, item_key), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE, 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);

CREATE INDEX ix_sightings_item ON sightings (item_id);

CREATE TABLE subscribers (
	id INTEGER NOT NULL, 
	email VARCHAR(254) NOT NULL, 
	name VARCHAR(200) DEFAULT '' NOT NULL, 
	timezone VARCHAR(64) NOT NULL, 
	schedule VARCHAR(10) NOT NULL, 
	at VARCHAR(5) NOT NULL, 
	day INTEGER, 
	countries TEXT DEFAULT '' NOT NULL, 
	topics TEXT DEFAULT '' NOT NULL, 
	languages TEXT DEFAULT '' NOT NULL, 
	min_score FLOAT, 
	confirmed BOOLEAN DEFAULT 0 NOT NULL, 
	paused BOOLEAN DEFAULT 0 NOT NULL, 
	created_at DATETIME NOT NULL, 
	digest_cutoff DATETIME NOT NULL, 
	next_digest_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (email)
);

CREATE INDEX ix_subscribers_next_digest_at ON subscribers (next_digest_at);

CREATE TABLE webhooks (
	id INTEGER NOT NULL, 
	url TEXT NOT NULL, 
	format VARCHAR(16) NOT NULL, 
	secret TEXT, 
	chat_id VARCHAR(64), 
	countries TEXT DEFAULT '' NOT NULL, 
	topics TEXT DEFAULT '' NOT NULL, 
	languages TEXT DEFAULT '' NOT NULL, 
	min_score FLOAT, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE deliveries (
	id INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	webhook_id INTEGER, 
	subscriber_id INTEGER, 
	story_id INTEGER, 
	event_id VARCHAR(64), 
	event_type VARCHAR(32), 
	status VARCHAR(10) NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	last_error TEXT, 
	last_status_code INTEGER, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	lease_owner VARCHAR(100), 
	lease_until DATETIME, 
	payload JSON, 
	message TEXT, 
	message_id VARCHAR(255), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_deliveries_webhook_story UNIQUE (webhook_id, story_id), 
	FOREIGN KEY(webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE, 
	FOREIGN KEY(subscriber_id) REFERENCES subscribers (id) ON DELETE CASCADE, 
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE
);

CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_at);

CREATE TABLE story_fanouts (
	story_id INTEGER NOT NULL, 
	fanned_out_at DATETIME NOT NULL, 
	PRIMARY KEY (story_id), 
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE
);

CREATE TABLE digest_entries (
	id INTEGER NOT NULL, 
	subscriber_id INTEGER NOT NULL, 
	story_id INTEGER NOT NULL, 
	delivery_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_digest_entries_subscriber_story UNIQUE (subscriber_id, story_id), 
	FOREIGN KEY(subscriber_id) REFERENCES subscribers (id) ON DELETE CASCADE, 
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE, 
	FOREIGN KEY(delivery_id) REFERENCES deliveries (id) ON DELETE CASCADE
);

CREATE INDEX ix_stories_relevant_published ON stories (relevant, published_at, id);

CREATE INDEX ix_stories_published ON stories (published_at, id);

CREATE INDEX ix_deliveries_subscriber ON deliveries (subscriber_id, kind, created_at);

CREATE TABLE enrichments (
	item_id INTEGER NOT NULL, 
	state VARCHAR(10) NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	lease_owner VARCHAR(100), 
	lease_until DATETIME, 
	link TEXT NOT NULL, 
	source_href TEXT, 
	hint_html TEXT, 
	headline_only BOOLEAN DEFAULT 0 NOT NULL, 
	relevant_before BOOLEAN, 
	outcome VARCHAR(24), 
	detail TEXT, 
	http_status INTEGER, 
	publisher_url TEXT, 
	final_url TEXT, 
	text TEXT, 
	title TEXT, 
	language VARCHAR(16), 
	charset VARCHAR(32), 
	fetch_ms INTEGER, 
	extract_ms INTEGER, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE INDEX ix_enrichments_due ON enrichments (state, next_attempt_at);

CREATE TABLE google_links (
	article_id VARCHAR(400) NOT NULL, 
	url TEXT NOT NULL, 
	resolved_at DATETIME NOT NULL, 
	PRIMARY KEY (article_id)
);

CREATE INDEX ix_stories_last_seen ON stories (last_seen_at);

CREATE INDEX ix_items_published_at ON items (published_at, id);

CREATE INDEX ix_items_relevant_published ON items (relevant, published_at, id);

INSERT INTO alembic_version (version_num) VALUES ('0007_outlet');
