/**
 * The nouns sport and feature writing call a person by their country or nation, in the singular
 * ("the Swede", "the Kenyan", "the New Zealander"): after a name, "“…,” the Finn said" means the
 * person just named. Words in "-man"/"-woman" (the Dutchman, the Frenchwoman) are read by their ending
 * where this list is used.
 */
const NATIONS = [
  // Europe.
  'German Spaniard Portuguese Dutch Belgian Luxembourger Swiss Austrian Italian Sammarinese Maltese Greek',
  'Cypriot Croat Croatian Serb Serbian Slovene Slovenian Bosnian Montenegrin Albanian Kosovan Kosovar',
  'Macedonian Bulgarian Romanian Moldovan Hungarian Slovak Czech Pole Lithuanian Latvian Estonian',
  'Finn Swede Norwegian Dane Icelander Faroese Brit Briton Scot Ukrainian Belarusian Russian',
  'Georgian Armenian Azerbaijani Turk Monegasque Andorran Liechtensteiner Basque Catalan Corsican',
  // The Americas.
  'American Canadian Mexican Guatemalan Honduran Salvadoran Nicaraguan Panamanian Cuban Haitian',
  'Dominican Jamaican Trinidadian Barbadian Bajan Bahamian Colombian Venezuelan Ecuadorian Peruvian',
  'Bolivian Chilean Argentine Argentinian Uruguayan Paraguayan Brazilian Guyanese Surinamese',
  // Africa.
  'Moroccan Algerian Tunisian Libyan Egyptian Sudanese Ethiopian Eritrean Somali Kenyan Ugandan',
  'Tanzanian Rwandan Burundian Congolese Cameroonian Nigerian Ghanaian Ivorian Senegalese Malian',
  'Gambian Guinean Liberian Beninese Togolese Burkinabe Nigerien Chadian Gabonese Angolan Zambian',
  'Zimbabwean Malawian Mozambican Namibian Botswanan Motswana Zulu Malagasy Mauritian South African',
  // Asia and the Pacific.
  'Israeli Palestinian Lebanese Syrian Jordanian Iraqi Iranian Saudi Emirati Qatari Kuwaiti Bahraini',
  'Omani Yemeni Afghan Pakistani Indian Bangladeshi Sri Lankan Nepali Nepalese Bhutanese',
  'Taiwanese Japanese Korean Mongolian Kazakh Uzbek Kyrgyz Tajik Turkmen Thai Vietnamese Cambodian',
  'Laotian Burmese Malaysian Singaporean Indonesian Filipino Filipina Australian Aussie New Zealander',
  'Kiwi Fijian Samoan Tongan Papuan',
];

/** The nation nouns above, as one regular-expression alternation (longest first, so "South African" wins). */
export const DEMONYM = NATIONS.join(' ')
  .replace(/South African|Sri Lankan|New Zealander/g, (m) => m.replace(' ', '_'))
  .split(' ')
  .map((w) => w.replace('_', String.raw`\s+`))
  .sort((a, b) => b.length - a.length)
  .join('|');
