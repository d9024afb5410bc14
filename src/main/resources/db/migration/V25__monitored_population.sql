-- 低收入人口库: the people the service watches for hardship, kept current by the cases themselves (a view over them)
-- and by the lists of people at risk of falling back into poverty (防返贫监测对象) that counties import.

-- A county's imported list: one row per person while on it; removed, not deleted, when taken off.
CREATE TABLE at_risk_person (
    id                uuid          PRIMARY KEY,
    county_code       varchar(6)    NOT NULL REFERENCES region (code),
    id_number         varchar(18)   NOT NULL,
    name              varchar(50)   NOT NULL,
    source_reference  varchar(200)  NOT NULL,
    imported_by       varchar(100)  NOT NULL,
    imported_at       timestamptz   NOT NULL DEFAULT now(),
    removed_at        timestamptz
);
CREATE UNIQUE INDEX at_risk_person_listed_idx ON at_risk_person (county_code, id_number) WHERE removed_at IS NULL;
CREATE INDEX at_risk_person_id_number_idx ON at_risk_person (id_number) WHERE removed_at IS NULL;

-- Each monitored person in each layer they are in, with the case that puts them there and since when. A person in
-- several layers has several rows; the population counts each person once, in their first layer by LAYER_ORDER.
CREATE VIEW monitored_person AS
SELECT m.id_number, c.county_code, c.id AS case_id,
       CASE WHEN c.state IN ('IN_PAYMENT', 'REVIEW_OBJECTED') AND c.programme = 'TEKUN' THEN 'TEKUN'
            WHEN c.state IN ('IN_PAYMENT', 'REVIEW_OBJECTED') AND c.programme = 'DIBAO' THEN 'DIBAO'
            WHEN c.state IN ('APPROVED', 'IN_PAYMENT') AND c.programme = 'BIANYUAN' THEN 'MARGINAL'
            WHEN c.state IN ('APPROVED', 'IN_PAYMENT') AND c.programme = 'GANGXING' THEN 'RIGID_EXPENDITURE'
            WHEN c.state = 'REFUSED' THEN 'REFUSED_RECENTLY'
            ELSE 'LEFT_RECENTLY' END AS layer,
       c.state_since AS since
  FROM assistance_case c
  JOIN case_member m ON m.case_id = c.id
 WHERE (c.programme IN ('DIBAO', 'TEKUN') AND c.state IN ('IN_PAYMENT', 'REVIEW_OBJECTED'))
    OR (c.programme IN ('BIANYUAN', 'GANGXING') AND c.state IN ('APPROVED', 'IN_PAYMENT'))
    OR (c.programme IN ('DIBAO', 'TEKUN', 'BIANYUAN', 'GANGXING') AND c.state = 'REFUSED'
        AND c.state_since > now() - interval '12 months')
    OR (c.programme IN ('DIBAO', 'TEKUN') AND c.state IN ('TERMINATED', 'CLOSED')
        AND c.state_since > now() - interval '12 months')
UNION ALL
SELECT a.id_number, a.county_code, NULL::uuid, 'AT_RISK', a.imported_at
  FROM at_risk_person a
 WHERE a.removed_at IS NULL;

CREATE INDEX assistance_case_monitored_idx ON assistance_case (county_code, programme, state, state_since);
