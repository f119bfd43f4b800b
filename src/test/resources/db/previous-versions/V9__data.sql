-- V9 keeps a posting's place in parts: the city, the region and the country's ISO code.
update posting set location = 'Berlin', region = 'Berlin', country = 'DE' where slug = 'old-posting-{run}';
