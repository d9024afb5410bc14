-- Each year's holiday arrangement (节假日安排), loaded by an administrator when the State Council publishes it near the
-- end of the year before, versioned like standards: a correction is a new version citing its document, the old ones
-- are kept. Working days are counted over the latest version of each year; a year without one counts weekends only,
-- and a due date that runs into it is provisional.
CREATE TABLE calendar_arrangement (
    year              smallint      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    version           smallint      NOT NULL CHECK (version > 0),
    source_title      varchar(200)  NOT NULL,
    source_reference  varchar(100),
    source_published_on date,
    source_url        varchar(500),
    loaded_by         varchar(100)  NOT NULL,
    loaded_by_label   varchar(100)  NOT NULL,
    loaded_at         timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (year, version)
);

CREATE TABLE calendar_arrangement_day (
    year     smallint    NOT NULL,
    version  smallint    NOT NULL,
    day      date        NOT NULL,
    kind     varchar(10) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name     varchar(20) NOT NULL,
    PRIMARY KEY (year, version, day),
    FOREIGN KEY (year, version) REFERENCES calendar_arrangement (year, version),
    CONSTRAINT calendar_arrangement_day_in_year CHECK (extract(year FROM day) = year)
);

INSERT INTO calendar_arrangement (year, version, source_title, loaded_by, loaded_by_label)
VALUES (2026, 1, '国务院办公厅关于2026年部分节假日安排的通知', 'migration', '系统初始数据');

INSERT INTO calendar_arrangement_day (year, version, day, kind, name)
SELECT 2026, 1, day, kind, name FROM calendar_day WHERE extract(year FROM day) = 2026;

DROP TABLE calendar_day;

-- The days in force: the latest version of each loaded year.
CREATE VIEW calendar_day AS
SELECT d.day, d.kind, d.name
  FROM calendar_arrangement_day d
  JOIN (SELECT year, max(version) AS version FROM calendar_arrangement GROUP BY year) latest
    ON latest.year = d.year AND latest.version = d.version;

-- The staging clock (dev and staging only): how far the service's clock runs ahead of real time, so a front-end team
-- can walk a case through seven days of publicity in minutes. One row; never read in production.
CREATE TABLE staging_clock (
    id              boolean      PRIMARY KEY DEFAULT true CHECK (id),
    offset_seconds  bigint       NOT NULL CHECK (offset_seconds >= 0),
    set_by          varchar(100) NOT NULL,
    set_at          timestamptz  NOT NULL DEFAULT now()
);
