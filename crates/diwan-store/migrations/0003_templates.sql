-- Diwan schema, version 3: post templates, with the ministry's starter set.
-- Never edit this file once shipped: add a new migration instead.

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    category   TEXT NOT NULL,
    language   TEXT NOT NULL,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (category, language, name)
) STRICT;

INSERT INTO templates (category, language, name, body, updated_at, updated_by) VALUES
('national-occasion', 'ar', 'تهنئة بالعيد الوطني', 'بمناسبة { $occasion }، تتقدّم { $mission } بأحرّ التهاني إلى شعب البلد المضيف وإلى جاليتنا الكريمة.', '2026-11-23T00:00:00+00:00', 'system'),
('national-occasion', 'fr', 'Vœux de fête nationale', 'À l''occasion de { $occasion }, { $mission } adresse ses vœux les plus chaleureux au peuple du pays hôte et à notre communauté.', '2026-11-23T00:00:00+00:00', 'system'),
('national-occasion', 'en', 'National day greetings', 'On the occasion of { $occasion }, { $mission } extends its warmest wishes to the people of our host country and to our community.', '2026-11-23T00:00:00+00:00', 'system'),
('announcement', 'ar', 'تعزية', 'تتقدّم { $mission } بخالص التعازي وأصدق المواساة إلى { $recipient } إثر { $event }.', '2026-11-23T00:00:00+00:00', 'system'),
('announcement', 'fr', 'Condoléances', '{ $mission } présente ses sincères condoléances à { $recipient } à la suite de { $event }.', '2026-11-23T00:00:00+00:00', 'system'),
('announcement', 'en', 'Condolences', '{ $mission } extends its sincere condolences to { $recipient } following { $event }.', '2026-11-23T00:00:00+00:00', 'system'),
('consular', 'ar', 'نصائح للمسافرين', 'تنبيه قنصلي بتاريخ { $date }: تدعو { $mission } الرعايا إلى { $advice }. للطوارئ: { $phone }.', '2026-11-23T00:00:00+00:00', 'system'),
('consular', 'fr', 'Conseils aux voyageurs', 'Avis consulaire du { $date } : { $mission } invite ses ressortissants à { $advice }. Urgences : { $phone }.', '2026-11-23T00:00:00+00:00', 'system'),
('consular', 'en', 'Travel advice', 'Consular advisory, { $date }: { $mission } asks nationals to { $advice }. Emergencies: { $phone }.', '2026-11-23T00:00:00+00:00', 'system');
