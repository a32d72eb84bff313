-- The standards catalog is the committee's to keep: standards and clauses in Chinese and English,
-- and a standard superseded by a newer one, which new rulings may no longer cite (old rulings keep
-- their citations). Seeded with the standards the park rules on most, their Chinese titles and
-- more of their clauses; the committee adds the rest through the API.

alter table standards add column title_zh varchar(300);
alter table standards add column status varchar(12) default 'CURRENT' not null;
alter table standards add constraint standards_status check (status in ('CURRENT', 'SUPERSEDED'));
alter table standards add column superseded_by varchar(40);
alter table standard_clauses add column title_zh varchar(300);

update standards set title_zh = '消费品使用说明 第4部分：纺织品和服装' where code = 'GB 5296.4-2012';
update standards set title_zh = '国家纺织产品基本安全技术规范' where code = 'GB 18401-2010';
update standards set title_zh = '纺织品 纤维含量的标识' where code = 'GB/T 29862-2013';

update standard_clauses set title_zh = case standard_code || ' ' || clause
    when 'GB 5296.4-2012 4' then '使用说明的基本原则'
    when 'GB 5296.4-2012 5.1' then '制造者的名称和地址'
    when 'GB 5296.4-2012 5.2' then '产品名称'
    when 'GB 5296.4-2012 5.3' then '产品号型或规格'
    when 'GB 5296.4-2012 5.4' then '纤维成分及含量'
    when 'GB 5296.4-2012 5.5' then '维护方法（洗涤和保养符号）'
    when 'GB 5296.4-2012 5.6' then '执行的产品标准'
    when 'GB 5296.4-2012 5.7' then '安全类别'
    when 'GB 5296.4-2012 5.8' then '使用和贮藏注意事项'
    when 'GB 5296.4-2012 6' then '使用说明的形式：号型、纤维含量和维护方法用耐久性标签'
    when 'GB 18401-2010 4' then '产品分为 A、B、C 三类安全类别'
    when 'GB 18401-2010 5.1' then '技术要求：甲醛、pH 值、色牢度、异味、可分解致癌芳香胺染料'
    when 'GB 18401-2010 5.2' then '婴幼儿用品应符合 A 类要求'
    when 'GB 18401-2010 5.3' then '直接接触皮肤的产品至少应符合 B 类要求'
    when 'GB 18401-2010 5.4' then '在使用说明上标明安全类别'
    when 'GB/T 29862-2013 4' then '一般要求：耐久性标签上标明纤维含量，纤维名称'
    when 'GB/T 29862-2013 5.1' then '仅有一种纤维成分的产品'
    when 'GB/T 29862-2013 5.2' then '含有两种及以上纤维成分的产品'
    when 'GB/T 29862-2013 5.3' then '有里料、填充物、装饰物等不同部分的产品'
    when 'GB/T 29862-2013 6' then '纤维含量的允差'
    end;

insert into standard_clauses (standard_code, clause, title, title_zh) values
 ('GB 5296.4-2012', '5.9', 'Use instructions in standard Chinese characters', '使用规范中文'),
 ('GB 18401-2010', '6', 'Test methods', '试验方法'),
 ('GB 18401-2010', '7', 'Inspection rules and judgement', '检验规则与判定'),
 ('GB/T 29862-2013', '5.4', 'Products of several components in one set', '由多个单件组成的套件产品'),
 ('GB/T 29862-2013', '7', 'Form of the label', '标签的形式');

insert into standards (code, title, title_zh, scope) values
 ('GB 31701-2015', 'Safety technical code for textile products for infants and children',
  '婴幼儿及儿童纺织产品安全技术规范',
  'Textile products for infants (36 months and under) and children (3 to 14 years): chemical and mechanical safety'),
 ('GB/T 42499-2023', 'Classification and codes for complaint and reporting information of e-commerce',
  '电子商务投诉举报信息分类与代码',
  'How e-commerce complaints and reports are classified and coded (nine digits) for storage, statistics and exchange');

insert into standard_clauses (standard_code, clause, title, title_zh) values
 ('GB 31701-2015', '4', 'Classification: category A for infants, at least B for children', '分类：婴幼儿产品为 A 类，儿童产品至少为 B 类'),
 ('GB 31701-2015', '5.1', 'Chemical safety requirements (formaldehyde, pH, colour fastness, heavy metals, phthalates)', '化学安全要求（甲醛、pH 值、色牢度、重金属、邻苯二甲酸酯）'),
 ('GB 31701-2015', '5.2', 'Mechanical safety: cords and drawstrings', '机械安全：绳带'),
 ('GB 31701-2015', '5.3', 'Mechanical safety: attachments and their tensile strength', '机械安全：附件及其抗拉强力'),
 ('GB 31701-2015', '5.4', 'Fillings and other materials', '填充物及其他材料'),
 ('GB 31701-2015', '6', 'Use instructions: safety category and "for infants" marking', '使用说明：安全类别及“婴幼儿用品”标注'),
 ('GB/T 42499-2023', '4', 'Classification principles and methods', '分类原则和方法'),
 ('GB/T 42499-2023', '5', 'Coding method and code structure', '编码方法和代码结构'),
 ('GB/T 42499-2023', '6', 'Code tables', '代码表');
