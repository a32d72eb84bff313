-- The standards the park's committee rules on most: apparel labelling, textile safety
-- and fibre content. Reference data for every installation, not demo data.

insert into standards (code, title, scope) values
 ('GB 5296.4-2012', 'Instructions for use of products of consumer interest - Part 4: Textiles and apparel',
  'Content and form of the use instructions (labels, tags) of textile and apparel products sold in China'),
 ('GB 18401-2010', 'National general safety technical code for textile products',
  'Safety categories A (infants), B (direct skin contact) and C (no direct skin contact) and their limits'),
 ('GB/T 29862-2013', 'Textiles - Identification of fibre content',
  'How fibre content is stated on textile products, and the tolerances allowed');

insert into standard_clauses (standard_code, clause, title) values
 ('GB 5296.4-2012', '4',   'General principles of use instructions'),
 ('GB 5296.4-2012', '5.1', 'Name and address of the manufacturer'),
 ('GB 5296.4-2012', '5.2', 'Product name'),
 ('GB 5296.4-2012', '5.3', 'Size or specification'),
 ('GB 5296.4-2012', '5.4', 'Fibre content'),
 ('GB 5296.4-2012', '5.5', 'Care instructions (washing and maintenance symbols)'),
 ('GB 5296.4-2012', '5.6', 'Product standard implemented'),
 ('GB 5296.4-2012', '5.7', 'Safety category'),
 ('GB 5296.4-2012', '5.8', 'Precautions for use and storage'),
 ('GB 5296.4-2012', '6',   'Form of use instructions: durable labels for size, fibre content and care'),
 ('GB 18401-2010', '4',   'Product classification into safety categories A, B and C'),
 ('GB 18401-2010', '5.1', 'Technical requirements: formaldehyde, pH, colour fastness, odour, banned aromatic amine dyes'),
 ('GB 18401-2010', '5.2', 'Products for infants meet category A'),
 ('GB 18401-2010', '5.3', 'Products in direct contact with skin meet at least category B'),
 ('GB 18401-2010', '5.4', 'Safety category stated in the use instructions'),
 ('GB/T 29862-2013', '4', 'General requirements: fibre content on a durable label, fibre names'),
 ('GB/T 29862-2013', '5.1', 'Products made of a single fibre'),
 ('GB/T 29862-2013', '5.2', 'Products made of two or more fibres'),
 ('GB/T 29862-2013', '5.3', 'Products with distinct parts (lining, filling, trimmings)'),
 ('GB/T 29862-2013', '6', 'Tolerances of stated fibre content');
