/**
 * The words the synthetic data set is built from: countries, domains, and name parts in English and
 * Korean. Lists are ordered by how often they are drawn (the samplers weight the first entries most).
 */

export interface Bilingual {
  en: string;
  ko: string;
}

/** ISO 3166-1 alpha-2 codes with their names; the first few hold most institutions. */
export const COUNTRIES: readonly (Bilingual & { code: string })[] = [
  { code: 'US', en: 'United States', ko: '미국' },
  { code: 'KR', en: 'Republic of Korea', ko: '대한민국' },
  { code: 'CN', en: 'China', ko: '중국' },
  { code: 'JP', en: 'Japan', ko: '일본' },
  { code: 'DE', en: 'Germany', ko: '독일' },
  { code: 'GB', en: 'United Kingdom', ko: '영국' },
  { code: 'FR', en: 'France', ko: '프랑스' },
  { code: 'IN', en: 'India', ko: '인도' },
  { code: 'CA', en: 'Canada', ko: '캐나다' },
  { code: 'IT', en: 'Italy', ko: '이탈리아' },
  { code: 'AU', en: 'Australia', ko: '호주' },
  { code: 'NL', en: 'Netherlands', ko: '네덜란드' },
  { code: 'SG', en: 'Singapore', ko: '싱가포르' },
  { code: 'SE', en: 'Sweden', ko: '스웨덴' },
  { code: 'CH', en: 'Switzerland', ko: '스위스' },
  { code: 'IL', en: 'Israel', ko: '이스라엘' },
  { code: 'ES', en: 'Spain', ko: '스페인' },
  { code: 'TW', en: 'Taiwan', ko: '대만' },
  { code: 'FI', en: 'Finland', ko: '핀란드' },
  { code: 'BR', en: 'Brazil', ko: '브라질' },
  { code: 'VN', en: 'Viet Nam', ko: '베트남' },
  { code: 'ID', en: 'Indonesia', ko: '인도네시아' },
  { code: 'NO', en: 'Norway', ko: '노르웨이' },
  { code: 'DK', en: 'Denmark', ko: '덴마크' },
  { code: 'PL', en: 'Poland', ko: '폴란드' },
  { code: 'AT', en: 'Austria', ko: '오스트리아' },
  { code: 'BE', en: 'Belgium', ko: '벨기에' },
  { code: 'NZ', en: 'New Zealand', ko: '뉴질랜드' },
  { code: 'MX', en: 'Mexico', ko: '멕시코' },
  { code: 'AE', en: 'United Arab Emirates', ko: '아랍에미리트' },
  { code: 'SA', en: 'Saudi Arabia', ko: '사우디아라비아' },
  { code: 'TH', en: 'Thailand', ko: '태국' },
  { code: 'MY', en: 'Malaysia', ko: '말레이시아' },
  { code: 'PH', en: 'Philippines', ko: '필리핀' },
  { code: 'CZ', en: 'Czechia', ko: '체코' },
  { code: 'HU', en: 'Hungary', ko: '헝가리' },
  { code: 'IE', en: 'Ireland', ko: '아일랜드' },
  { code: 'PT', en: 'Portugal', ko: '포르투갈' },
  { code: 'EE', en: 'Estonia', ko: '에스토니아' },
  { code: 'ZA', en: 'South Africa', ko: '남아프리카공화국' },
];

/** The seed's domains first (same ids, so the two data sets can share them), then a few more. */
export const DOMAINS: readonly (Bilingual & { id: string })[] = [
  { id: 'ai', en: 'AI', ko: '인공지능' },
  { id: 'semiconductors', en: 'Semiconductors', ko: '반도체' },
  { id: 'bio', en: 'Bio', ko: '바이오' },
  { id: 'batteries-energy', en: 'Batteries & energy', ko: '배터리·에너지' },
  { id: 'quantum', en: 'Quantum', ko: '양자' },
  { id: 'health', en: 'Health & pharmaceuticals', ko: '의료·제약' },
  { id: 'standards', en: 'Standards', ko: '표준' },
  { id: 'critical-emerging-tech', en: 'Critical & emerging technology', ko: '핵심·신흥기술' },
  { id: 'space', en: 'Space', ko: '우주' },
  { id: 'cyber-security', en: 'Cyber security', ko: '사이버보안' },
  { id: 'advanced-materials', en: 'Advanced materials', ko: '첨단소재' },
  { id: 'telecommunications', en: 'Next-generation telecommunications', ko: '차세대통신' },
  { id: 'climate', en: 'Climate technology', ko: '기후기술' },
  { id: 'robotics', en: 'Robotics', ko: '로봇' },
];

/** Fields that name institutions ("Institute of Quantum Science"). */
export const FIELDS: readonly Bilingual[] = [
  { en: 'Science and Technology', ko: '과학기술' },
  { en: 'Industrial Technology', ko: '산업기술' },
  { en: 'Information and Communications', ko: '정보통신' },
  { en: 'Quantum Science', ko: '양자과학' },
  { en: 'Semiconductor Engineering', ko: '반도체공학' },
  { en: 'Bioengineering', ko: '생명공학' },
  { en: 'Energy Systems', ko: '에너지시스템' },
  { en: 'Artificial Intelligence', ko: '인공지능' },
  { en: 'Materials Science', ko: '재료과학' },
  { en: 'Standards and Measurement', ko: '표준측정' },
  { en: 'Health Technology', ko: '보건기술' },
  { en: 'Aerospace', ko: '항공우주' },
  { en: 'Ocean Science', ko: '해양과학' },
  { en: 'Robotics', ko: '로봇공학' },
  { en: 'Climate Research', ko: '기후연구' },
  { en: 'Nuclear Energy', ko: '원자력' },
  { en: 'Photonics', ko: '광학' },
  { en: 'Advanced Manufacturing', ko: '첨단제조' },
];

export const QUALIFIERS: readonly Bilingual[] = [
  { en: 'National', ko: '국립' },
  { en: 'Advanced', ko: '첨단' },
  { en: 'Applied', ko: '응용' },
  { en: 'Central', ko: '중앙' },
  { en: 'Regional', ko: '지역' },
  { en: 'Strategic', ko: '전략' },
  { en: 'Global', ko: '글로벌' },
  { en: 'Frontier', ko: '미래' },
  { en: 'Integrated', ko: '융합' },
  { en: 'Federal', ko: '연방' },
];

/** Place names for universities, companies and regional bodies. */
export const PLACES: readonly Bilingual[] = [
  { en: 'Hanbit', ko: '한빛' },
  { en: 'Saebyeok', ko: '새벽' },
  { en: 'Northgate', ko: '노스게이트' },
  { en: 'Riverside', ko: '리버사이드' },
  { en: 'Lakeview', ko: '레이크뷰' },
  { en: 'Greenfield', ko: '그린필드' },
  { en: 'Eastwood', ko: '이스트우드' },
  { en: 'Silverton', ko: '실버턴' },
  { en: 'Baekdu', ko: '백두' },
  { en: 'Halla', ko: '한라' },
  { en: 'Mirae', ko: '미래' },
  { en: 'Nuri', ko: '누리' },
  { en: 'Westbrook', ko: '웨스트브룩' },
  { en: 'Stonebridge', ko: '스톤브리지' },
  { en: 'Clearwater', ko: '클리어워터' },
  { en: 'Highland', ko: '하이랜드' },
];
