-- Organisations as first-class records (issue 7): utilities, approval departments, the service centre,
-- the approval bureau (supervision) and the 12345 hotline. Staff accounts, API keys and webhook
-- subscriptions belong to one. Seeded with Weihai's organisations; the administrator manages the list.
CREATE TABLE organisation (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    kind        VARCHAR(32)  NOT NULL,
    utility     VARCHAR(32)  UNIQUE,
    department  VARCHAR(64)  UNIQUE,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT organisation_id_format CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    CONSTRAINT organisation_kind CHECK (kind IN ('UTILITY', 'APPROVAL_DEPARTMENT', 'SERVICE_CENTRE', 'APPROVAL_BUREAU', 'HOTLINE')),
    CONSTRAINT utility_has_service CHECK ((kind = 'UTILITY') = (utility IS NOT NULL)),
    CONSTRAINT department_has_department CHECK ((kind = 'APPROVAL_DEPARTMENT') = (department IS NOT NULL))
);

INSERT INTO organisation (id, name, kind, utility, department) VALUES
    ('approval-bureau', '威海市行政审批服务局', 'APPROVAL_BUREAU', NULL, NULL),
    ('service-centre', '威海市政务服务中心', 'SERVICE_CENTRE', NULL, NULL),
    ('hotline-12345', '威海市12345政务服务便民热线', 'HOTLINE', NULL, NULL),
    ('water', '威海市水务集团有限公司', 'UTILITY', 'WATER', NULL),
    ('drainage', '威海市水务集团有限公司（排水）', 'UTILITY', 'DRAINAGE', NULL),
    ('power', '国网威海供电公司', 'UTILITY', 'POWER', NULL),
    ('gas', '威海港华燃气有限公司', 'UTILITY', 'GAS', NULL),
    ('heating', '威海热电集团有限公司', 'UTILITY', 'HEATING', NULL),
    ('telecom', '威海市信息通信发展办公室', 'UTILITY', 'TELECOM', NULL),
    ('broadcast', '中国广电山东网络有限公司威海市分公司', 'UTILITY', 'BROADCAST', NULL),
    ('housing', '威海市住房和城乡建设局', 'APPROVAL_DEPARTMENT', NULL, 'HOUSING_CONSTRUCTION'),
    ('traffic-police', '威海市公安局交警支队', 'APPROVAL_DEPARTMENT', NULL, 'TRAFFIC_POLICE'),
    ('planning', '威海市自然资源和规划局', 'APPROVAL_DEPARTMENT', NULL, 'NATURAL_RESOURCES_PLANNING'),
    ('water-affairs', '威海市水务局', 'APPROVAL_DEPARTMENT', NULL, 'WATER_AFFAIRS'),
    ('big-data', '威海市大数据局', 'APPROVAL_DEPARTMENT', NULL, 'BIG_DATA'),
    ('highway', '威海市公路事业发展中心', 'APPROVAL_DEPARTMENT', NULL, 'HIGHWAY');
