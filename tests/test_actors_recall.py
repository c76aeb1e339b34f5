"""Nineteenth pass of issue 5 (actor recall on unseen mentions): a stress set of mentions a wire
uses and a dictionary easily misses, written for this test (real office-holders of 2023-2025),
each with the country and sector a coder would give it. The set is measured as a whole (code
accuracy, wrong countries), and the general rules the pass added are tested one by one."""
from __future__ import annotations

import pytest

from conftest import actor_code as code, token_of
from eventwire.extract.actors.component import actor_for_token

PUBLISHED = "2024-06-15"

# (text, word heading the mention, which occurrence of it, expected "COUNTRY SECTOR" or "IGO"
# for any intergovernmental body[, publication date]).
STRESS = [
    # ministries and agencies of smaller countries
    ("Kenya's interior ministry banned the march on Tuesday.", "ministry", 0, "KEN GOV"),
    ("The Colombian navy seized two tonnes of cocaine off the Pacific coast.", "navy", 0, "COL MIL"),
    ("Peru's Congress voted to remove the minister.", "Congress", 0, "PER LEG"),
    ("The Thai election commission disqualified the candidate.", "commission", 0, "THA GOV"),
    ("Ghana's central bank raised interest rates again.", "bank", 0, "GHA GOV"),
    ("Senegal's Constitutional Council overturned the delay of the vote.", "Council", 0, "SEN JUD"),
    ("The Malawian health ministry reported new cholera cases.", "ministry", 0, "MWI GOV"),
    ("Zambia's foreign ministry summoned the Chinese ambassador.", "ministry", 0, "ZMB GOV"),
    ("The Bolivian army denied any role in the coup attempt.", "army", 0, "BOL MIL"),
    ("Honduras's supreme court upheld the extradition order.", "court", 0, "HND JUD"),
    ("The Nepali army rescued dozens of stranded villagers.", "army", 0, "NPL MIL"),
    ("Sri Lanka's parliament passed the online safety bill.", "parliament", 0, "LKA LEG"),
    ("The Cambodian defence ministry rejected the report.", "ministry", 0, "KHM GOV"),
    ("Mongolia's foreign ministry welcomed the visit.", "ministry", 0, "MNG GOV"),
    ("The Moldovan intelligence service accused Moscow of plotting unrest.", "service", 0, "MDA SPY"),
    ("Tunisia's interior ministry arrested a prominent lawyer.", "ministry", 0, "TUN GOV"),
    ("The Ecuadorian military took control of the prisons.", "military", 0, "ECU MIL"),
    ("Guatemala's electoral tribunal certified the results.", "tribunal", 0, "GTM JUD"),
    ("The Jordanian air force shot down several drones.", "force", 0, "JOR MIL"),
    ("Uganda's police arrested opposition supporters.", "police", 0, "UGA COP"),
    ("Panama's foreign ministry protested the remarks.", "ministry", 0, "PAN GOV"),
    ("The Lebanese army deployed along the southern border.", "army", 0, "LBN MIL"),
    ("Fiji's military commander warned against unrest.", "commander", 0, "FJI MIL"),
    ("The Armenian security service detained a group of men.", "service", 0, "ARM SPY"),
    ("Kazakhstan's energy ministry said output would fall.", "ministry", 0, "KAZ GOV"),
    ("The Nigerian senate approved the new minimum wage.", "senate", 0, "NGA LEG"),
    ("Bangladesh's election commission set a date for the poll.", "commission", 0, "BGD GOV"),
    ("The Paraguayan interior ministry said the prison riot was over.", "ministry", 0, "PRY GOV"),
    ("Estonia's defence forces began a large exercise.", "forces", 0, "EST MIL"),
    ("The Georgian parliament passed the foreign agents law.", "parliament", 0, "GEO LEG"),
    # officials by title only
    ("The Ghanaian finance minister said the debt deal was close.", "minister", 0, "GHA GOV"),
    ("Brazil's top diplomat said talks would resume.", "diplomat", 0, "BRA GOV"),
    ("Egypt hosted the talks. The deputy foreign minister said a deal was near.", "minister", 0, "EGY GOV"),
    ("The Kenyan president flew to Washington on Tuesday.", "president", 0, "KEN GOV"),
    ("Indonesia's defence minister visited the troops.", "minister", 0, "IDN GOV"),
    ("The Pakistani army chief met the prime minister.", "chief", 0, "PAK MIL"),
    ("The Chilean interior minister resigned over the scandal.", "minister", 0, "CHL GOV"),
    ("Vietnam's public security minister visited Laos.", "minister", 0, "VNM GOV"),
    ("The Sudanese army commander vowed to keep fighting.", "commander", 0, "SDN MIL"),
    ("Mexico's security chief said arrests would follow.", "chief", 0, "MEX GOV"),
    ("The Polish foreign minister called for more sanctions.", "minister", 0, "POL GOV"),
    ("Morocco's justice minister defended the reform.", "minister", 0, "MAR GOV"),
    ("The Iraqi national security adviser met the delegation.", "adviser", 0, "IRQ GOV"),
    ("Somalia's police commissioner announced new checkpoints.", "commissioner", 0, "SOM COP"),
    ("The Venezuelan attorney general charged the opposition candidate.", "general", 0, "VEN JUD"),
    ("Thailand's army chief ruled out a coup.", "chief", 0, "THA MIL"),
    ("The Algerian foreign minister met his French counterpart.", "minister", 0, "DZA GOV"),
    ("Serbia's interior minister blamed foreign agents.", "minister", 0, "SRB GOV"),
    ("The Qatari prime minister said mediation would continue.", "minister", 0, "QAT GOV"),
    ("Nigeria's information minister rejected the charge.", "minister", 0, "NGA GOV"),
    # named officials with a title and country
    ("Philippine Defence Secretary Gilberto Teodoro accused Beijing of bullying.", "Teodoro", 0, "PHL GOV"),
    ("Indonesian Foreign Minister Retno Marsudi met her Chinese counterpart.", "Marsudi", 0, "IDN GOV"),
    ("Turkish Foreign Minister Hakan Fidan arrived in Cairo.", "Fidan", 0, "TUR GOV"),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar visited Moscow.", "Jaishankar", 0, "IND GOV"),
    ("Brazilian Foreign Minister Mauro Vieira criticised the blockade.", "Vieira", 0, "BRA GOV"),
    ("Kenyan Interior Minister Kithure Kindiki ordered a curfew.", "Kindiki", 0, "KEN GOV"),
    ("Ghanaian Finance Minister Mohammed Amin Adam presented the budget.", "Adam", 0, "GHA GOV"),
    ("Colombian Defence Minister Ivan Velasquez announced a new offensive.", "Velasquez", 0, "COL GOV"),
    ("Ukrainian Foreign Minister Dmytro Kuleba urged allies to send air defence.", "Kuleba", 0, "UKR GOV"),
    ("Israeli Defence Minister Yoav Gallant visited the northern border.", "Gallant", 0, "ISR GOV"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan met the envoy.", "Farhan", 0, "SAU GOV"),
    ("Japanese Foreign Minister Yoko Kamikawa visited Kyiv.", "Kamikawa", 0, "JPN GOV"),
    ("South African Foreign Minister Naledi Pandor defended the court case.", "Pandor", 0, "ZAF GOV"),
    ("Australian Foreign Minister Penny Wong called for restraint.", "Wong", 0, "AUS GOV"),
    ("Pakistani Foreign Minister Ishaq Dar met the Afghan envoy.", "Dar", 0, "PAK GOV"),
    ("Egyptian Foreign Minister Sameh Shoukry warned of a wider war.", "Shoukry", 0, "EGY GOV"),
    ("Nigerian Defence Minister Mohammed Badaru Abubakar visited the front.", "Abubakar", 0, "NGA GOV"),
    ("Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart.", "Mirzoyan", 0, "ARM GOV"),
    ("Thai Prime Minister Srettha Thavisin visited the border.", "Thavisin", 0, "THA GOV"),
    ("Peruvian President Dina Boluarte reshuffled her cabinet.", "Boluarte", 0, "PER GOV"),
    ("Moroccan Foreign Minister Nasser Bourita hosted the talks.", "Bourita", 0, "MAR GOV"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met the US envoy.", "Sudani", 0, "IRQ GOV"),
    ("Malaysian Prime Minister Anwar Ibrahim condemned the strike.", "Ibrahim", 0, "MYS GOV"),
    ("Senegalese Prime Minister Ousmane Sonko criticised the French base.", "Sonko", 0, "SEN GOV"),
    ("Haitian Prime Minister Garry Conille asked for more police.", "Conille", 0, "HTI GOV"),
    # heads of state/government by surname after first mention
    ("Nigerian President Bola Tinubu met the governors. Tinubu said reforms would continue.", "Tinubu", 1, "NGA GOV"),
    ("Argentina's President Javier Milei cut subsidies. Milei said the cuts would work.", "Milei", 1, "ARG GOV"),
    ("Mexican President Claudia Sheinbaum met the ambassador. Sheinbaum said trade talks would go on.", "Sheinbaum", 1, "MEX GOV", "2024-11-10"),
    ("Indonesian President Prabowo Subianto met Xi. Prabowo said ties were strong.", "Prabowo", 1, "IDN GOV", "2024-11-10"),
    ("Pakistani Prime Minister Shehbaz Sharif visited Beijing. Sharif signed several deals.", "Sharif", 1, "PAK GOV"),
    ("Bangladesh's interim leader Muhammad Yunus met students. Yunus promised elections.", "Yunus", 1, "BGD GOV", "2024-09-10"),
    ("Sri Lankan President Anura Kumara Dissanayake took office. Dissanayake vowed to fight graft.", "Dissanayake", 1, "LKA GOV", "2024-10-01"),
    ("Iranian President Masoud Pezeshkian spoke at the UN. Pezeshkian said Iran wanted peace.", "Pezeshkian", 1, "IRN GOV", "2024-09-25"),
    ("Senegalese President Bassirou Diomaye Faye visited Paris. Faye met Macron.", "Faye", 0, "SEN GOV"),
    ("Guatemalan President Bernardo Arevalo took office. Arevalo promised to fight corruption.", "Arevalo", 1, "GTM GOV"),
    ("Ecuador's President Daniel Noboa declared a state of emergency. Noboa deployed troops.", "Noboa", 1, "ECU GOV"),
    ("Polish Prime Minister Donald Tusk met Scholz. Tusk said Poland would buy more weapons.", "Tusk", 1, "POL GOV"),
    ("Georgian Prime Minister Irakli Kobakhidze defended the law. Kobakhidze blamed foreign NGOs.", "Kobakhidze", 1, "GEO GOV"),
    ("Finnish President Alexander Stubb visited Kyiv. Stubb pledged more aid.", "Stubb", 1, "FIN GOV"),
    ("Dutch Prime Minister Dick Schoof attended the summit. Schoof backed the plan.", "Schoof", 1, "NLD GOV", "2024-09-01"),
    ("Taiwanese President Lai Ching-te gave his first speech. Lai urged China to stop its threats.", "Lai", 1, "TWN GOV"),
    ("New Zealand Prime Minister Christopher Luxon met Albanese. Luxon said ties were strong.", "Luxon", 1, "NZL GOV"),
    ("Kenyan President William Ruto withdrew the finance bill. Ruto said he had listened.", "Ruto", 1, "KEN GOV"),
    ("Colombian President Gustavo Petro suspended the ceasefire. Petro blamed the rebels.", "Petro", 1, "COL GOV"),
    ("Somali President Hassan Sheikh Mohamud rejected the port deal. Mohamud called it illegal.", "Mohamud", 1, "SOM GOV"),
    ("Italian Prime Minister Giorgia Meloni met the Libyan leader. Meloni promised aid.", "Meloni", 1, "ITA GOV"),
    ("Niger's junta leader General Abdourahamane Tiani met the Russian envoy. Tiani demanded the troops leave.", "Tiani", 1, "NER GOV"),
    ("Hungarian Prime Minister Viktor Orban visited Moscow. Orban called for a ceasefire.", "Orban", 1, "HUN GOV"),
    ("Rwandan President Paul Kagame won another term. Kagame thanked voters.", "Kagame", 1, "RWA GOV"),
    ("Zimbabwean President Emmerson Mnangagwa opened parliament. Mnangagwa promised growth.", "Mnangagwa", 1, "ZWE GOV"),
    # armed and political groups
    ("The M23 rebels captured another town in North Kivu.", "rebels", 0, "COD REB"),
    ("Al-Shabaab fighters attacked a base in southern Somalia.", "fighters", 0, "SOM REB"),
    ("The Arakan Army seized a town in western Myanmar.", "Army", 0, "MMR REB"),
    ("The ELN rebels freed the father of a footballer in Colombia.", "rebels", 0, "COL REB"),
    ("Boko Haram militants abducted dozens of pupils in northeast Nigeria.", "militants", 0, "NGA REB"),
    ("Houthi rebels fired a missile at a ship in the Red Sea. The Houthis said more attacks would come.", "Houthis", 0, "YEM REB"),
    ("Hezbollah fired rockets into northern Israel.", "Hezbollah", 0, "LBN REB"),
    ("Separatists in Cameroon's Anglophone regions burned a school.", "Separatists", 0, "CMR REB"),
    ("Gunmen in Haiti's capital attacked a police station.", "Gunmen", 0, "HTI UAF"),
    ("The Kachin Independence Army took control of a border post in Myanmar.", "Army", 0, "MMR REB"),
    # security forces with country from context
    ("Greece said the border guard stopped a boat of migrants.", "guard", 0, "GRC MIL"),
    ("In Nairobi, riot police fired tear gas at protesters.", "police", 0, "KEN COP"),
    ("The Philippine coast guard said a Chinese vessel fired water cannon.", "guard", 0, "PHL MIL"),
    ("Police in Dhaka arrested the opposition leader.", "Police", 0, "BGD COP"),
    ("Soldiers in Bamako blocked the road to the airport.", "Soldiers", 0, "MLI MIL"),
    ("The Polish border guard said migrants tried to cross from Belarus.", "guard", 0, "POL MIL"),
    ("Venezuelan security forces detained an opposition aide.", "forces", 0, "VEN COP"),
    ("Kenyan riot police fired tear gas at protesters in Nairobi.", "police", 0, "KEN COP"),
    # officials in capitals, juntas
    ("Officials in Dhaka said the curfew would be lifted.", "Officials", 0, "BGD GOV"),
    ("The junta in Naypyidaw extended the state of emergency.", "junta", 0, "MMR GOV"),
    ("Officials in Nairobi denied the report.", "Officials", 0, "KEN GOV"),
    ("The authorities in Tehran executed two protesters.", "authorities", 0, "IRN GOV"),
        ("The military government in Niamey expelled the French ambassador.", "government", 0, "NER GOV"),
    ("The junta in Bamako suspended political parties.", "junta", 0, "MLI GOV"),
    ("Leaders in Ouagadougou rejected the ECOWAS demand.", "Leaders", 0, "BFA GOV"),
    # nationality nouns
    ("The Chinese said they would respond firmly.", "Chinese", 0, "CHN GOV"),
    ("Ukrainians queued for water in Kharkiv.", "Ukrainians", 0, "UKR CVL"),
    ("Thousands of Armenians fled Nagorno-Karabakh.", "Armenians", 0, "ARM CVL"),
    ("Many Venezuelans crossed into Colombia.", "Venezuelans", 0, "VEN CVL"),
    ("Afghans deported from Pakistan arrived at the border.", "Afghans", 0, "AFG CVL"),
    ("Thousands of Rohingya fled to Bangladesh by boat.", "Rohingya", 0, "MMR CVL"),
    # parties
    ("South Africa voted on Wednesday. The ruling party lost its majority.", "party", 0, "ZAF PTY"),
    ("Turkey held local elections. The opposition alliance won Istanbul.", "alliance", 0, "TUR OPP"),
    ("Senegal's ruling party chose a new candidate.", "party", 0, "SEN PTY"),
    ("Mozambique's ruling Frelimo party declared victory.", "party", 0, "MOZ PTY"),
    ("Georgia's ruling Georgian Dream party claimed victory.", "party", 0, "GEO PTY"),
    ("The Pakistani opposition party said the vote was rigged.", "party", 0, "PAK OPP"),
    ("Zambia's main opposition party boycotted the session.", "party", 0, "ZMB OPP"),
    ("India's ruling Bharatiya Janata Party lost its majority.", "Party", 0, "IND PTY"),
    # IGO bodies
    ("The UN Security Council demanded a ceasefire.", "Council", 0, "IGO"),
    ("The World Food Programme warned of famine in Sudan.", "Programme", 0, "IGO"),
    ("The African Union's peace council suspended Niger.", "council", 0, "IGO"),
    ("The International Atomic Energy Agency sent inspectors to Iran.", "Agency", 0, "IGO"),
    ("The UN refugee agency said a million people had fled.", "agency", 0, "IGO"),
    ("The UN human rights office condemned the executions.", "office", 0, "IGO"),
    ("The International Monetary Fund approved a loan to Kenya.", "Fund", 0, "IGO"),
    ("The ECOWAS commission urged the junta to free the president.", "commission", 0, "IGO"),
    ("The World Health Organization warned of a cholera outbreak.", "Organization", 0, "IGO"),
    ("The International Criminal Court issued an arrest warrant.", "Court", 0, "IGO"),
    # outlets
    ("Iranian state television said the president had died.", "television", 0, "IRN MED"),
    ("China's official Xinhua news agency said the talks went well.", "agency", 0, "CHN MED"),
    ("Russian state media said the plane had crashed.", "media", 0, "RUS MED"),
    ("North Korea's state news agency KCNA said a satellite was launched.", "agency", 0, "PRK MED"),
    ("The Egyptian state newspaper Al-Ahram said talks were under way.", "newspaper", 0, "EGY MED"),
    # demonyms as modifiers of people
    ("A Nepali trekking guide was killed in an avalanche.", "guide", 0, "NPL CVL"),
    ("A Kenyan journalist was shot dead in Pakistan.", "journalist", 0, "KEN MED"),
    ("Two Thai farm workers were killed in Israel.", "workers", 0, "THA LAB"),
    ("A Filipino seafarer was killed in the attack on the ship.", "seafarer", 0, "PHL CVL"),
    ("A Peruvian student was arrested at the protest.", "student", 0, "PER EDU"),
    ("A Brazilian businessman was kidnapped in Mexico.", "businessman", 0, "BRA BUS"),
    # pronouns and "the country's"
    ("Kenya's government said its police would go to Haiti.", "police", 0, "KEN COP"),
    ("Chile faced wildfires. The country's interior minister declared an emergency.", "minister", 0, "CHL GOV"),
    ("Ghana's president signed the bill. He said it would help the economy.", "He", 0, "GHA GOV"),
    ("Peru's Congress removed the judge. It also censured the minister.", "It", 0, "PER LEG"),
    ("Tunisia arrested a journalist. The country's president defended the arrest.", "president", 0, "TUN GOV"),
    ("Mongolia held an election. The country's ruling party won a majority.", "party", 0, "MNG PTY"),
    ("Nepal's prime minister lost a vote. The country's parliament then chose a new leader.", "parliament", 0, "NPL LEG"),
    ("Uruguay's president visited Spain. Its foreign minister stayed home.", "minister", 0, "URY GOV"),
    ("Kenya's anti-graft agency charged the governor.", "agency", 0, "KEN GOV"),
    ("The Nigerian customs service seized a shipment of weapons.", "service", 0, "NGA GOV"),
    ("Indonesia's disaster agency said 20 people died in the floods.", "agency", 0, "IDN GOV"),
    ("Brazil's federal police raided the former president's home.", "police", 0, "BRA COP"),
    ("Colombia's prosecutor's office charged the president's son.", "office", 0, "COL JUD"),
    ("Thailand's Constitutional Court dismissed the prime minister.", "Court", 0, "THA JUD"),
    ("South Korea's spy agency said the North sent troops to Russia.", "agency", 0, "KOR SPY"),
    ("Japan's coast guard said Chinese ships entered its waters.", "guard", 0, "JPN MIL"),
    ("Taiwan's defence ministry said Chinese jets crossed the median line.", "ministry", 0, "TWN GOV"),
    ("Iran's Revolutionary Guards seized a tanker in the Gulf.", "Guards", 0, "IRN MIL"),
    ("Russia's FSB said it foiled a plot.", "FSB", 0, "RUS SPY"),
    ("Ukraine's SBU security service said it hit a Russian airfield.", "service", 0, "UKR SPY"),
    ("The Pakistani Taliban claimed the attack on the police post.", "Taliban", 0, "PAK REB"),
    ("Indian paramilitary forces killed three militants in Kashmir.", "forces", 0, "IND MIL"),
    ("Sudan's Rapid Support Forces took the town of Wad Madani.", "Forces", 0, "SDN REB"),
    ("Tigrayan forces withdrew from the disputed area.", "forces", 0, "ETH REB"),
    ("Fano militiamen clashed with federal troops in Amhara.", "militiamen", 0, "ETH REB"),
    ("The Syrian Democratic Forces detained Islamic State suspects.", "Forces", 0, "SYR REB"),
    ("Israeli settlers attacked a Palestinian village in the West Bank.", "settlers", 0, "ISR SET"),
    ("Baloch separatists attacked a convoy in southwestern Pakistan.", "separatists", 0, "PAK REB"),
    ("A senior Hamas official said the proposal was being studied.", "official", 0, "PSE REB"),
    ("A Turkish official said Ankara would not allow the operation.", "official", 0, "TUR GOV"),
    ("An Israeli military spokesman said the strike hit a weapons depot.", "spokesman", 0, "ISR MIL"),
    ("Egyptian security sources said the talks had resumed.", "sources", 0, "EGY COP"),
    ("Iranian lawmakers chanted slogans in parliament.", "lawmakers", 0, "IRN LEG"),
    ("Russian prosecutors demanded a long sentence for the journalist.", "prosecutors", 0, "RUS JUD"),
    ("Pakistan's top court ruled the trial unlawful.", "court", 0, "PAK JUD"),
    ("Kenya's High Court blocked the deployment of police to Haiti.", "Court", 0, "KEN JUD"),
    ("Bolivian prosecutors charged the general with rebellion.", "prosecutors", 0, "BOL JUD"),
    ("Venezuela's electoral council declared Maduro the winner.", "council", 0, "VEN GOV"),
    ("Senegal's gendarmerie dispersed the protesters.", "gendarmerie", 0, "SEN COP"),
    ("Burkinabe soldiers repelled an attack near the border.", "soldiers", 0, "BFA MIL"),
    ("Nigerien troops patrolled the streets of Niamey.", "troops", 0, "NER MIL"),
    ("Chadian troops crossed into Sudan.", "troops", 0, "TCD MIL"),
    ("Congolese troops retreated from the town.", "troops", 0, "COD MIL"),
    ("Myanmar's military bombed a village in Sagaing.", "military", 0, "MMR MIL"),
    ("Ukraine's general staff said Russian forces attacked 120 times.", "staff", 0, "UKR MIL"),
    ("Kyrgyz border guards exchanged fire with Tajik troops.", "guards", 0, "KGZ MIL"),
    ("The mayor of Kharkiv said three people were killed.", "mayor", 0, "UKR GOV"),
    ("Lagos state governor Babajide Sanwo-Olu visited the scene.", "Olu", 0, "NGA GOV"),
    ("Somalia protested the deal. A government spokesman called it an attack on sovereignty.", "spokesman", 0, "SOM GOV"),
    ("Beijing's envoy to the UN said China opposed the resolution.", "envoy", 0, "CHN GOV"),
    ("Moscow's ambassador was summoned by the Moldovan foreign ministry.", "ambassador", 0, "RUS GOV"),
    ("Pyongyang fired two ballistic missiles into the sea.", "Pyongyang", 0, "PRK GOV"),
    ("Manila summoned the Chinese ambassador.", "Manila", 0, "PHL GOV"),
    ("Congolese officials said the rebels had shelled Goma.", "officials", 0, "COD GOV"),
    ("The IDF said it killed a Hezbollah commander.", "IDF", 0, "ISR MIL"),
    ("Egypt's intelligence chief flew to Doha for the talks.", "chief", 0, "EGY SPY"),
    ("Mexico's electoral institute confirmed the results.", "institute", 0, "MEX GOV"),
    ("Ethiopia's human rights commission reported killings in Amhara.", "commission", 0, "ETH GOV"),
    ("A Western diplomat said the talks were deadlocked.", "diplomat", 0, "WST GOV"),
    ("Haitian gangs attacked the main prison in Port-au-Prince.", "gangs", 0, "HTI CRM"),
    ("The Ecuadorian gang Los Choneros claimed the attack.", "gang", 0, "ECU CRM"),
    ("Niger's military rulers ordered French troops to leave.", "rulers", 0, "NER GOV"),
    ("The Ukrainian navy said it sank a Russian landing ship.", "navy", 0, "UKR MIL"),
    ("The Moroccan king pardoned the journalists.", "king", 0, "MAR GOV"),
    ("Jordan's King Abdullah met Biden at the White House.", "Abdullah", 0, "JOR GOV"),
    ("Kuwait's emir dissolved parliament.", "emir", 0, "KWT GOV"),
    ("The Omani foreign ministry said the talks were constructive.", "ministry", 0, "OMN GOV"),
    ("Israel's war cabinet met to discuss the response.", "cabinet", 0, "ISR GOV"),
    # written after the first fixes and run once before the rest: bodies, towns, IGO boards
    ("Tanzania's tax authority raided the shops.", "authority", 0, "TZA GOV"),
    ("The Ugandan revenue service froze the accounts.", "service", 0, "UGA GOV"),
    ("Sierra Leone's anti-corruption commission arrested the mayor.", "commission", 0, "SLE GOV"),
    ("The Liberian immigration service deported the men.", "service", 0, "LBR GOV"),
    ("Malaysia's maritime agency detained a Vietnamese boat.", "agency", 0, "MYS GOV"),
    ("The Namibian electoral commission extended voting.", "commission", 0, "NAM GOV"),
    ("Kyrgyzstan's security council approved the decree.", "council", 0, "KGZ GOV"),
    ("The Iraqi integrity commission issued an arrest warrant.", "commission", 0, "IRQ GOV"),
    ("Chile's public prosecutor's office opened an inquiry.", "office", 0, "CHL JUD"),
    ("The Brazilian health regulator approved the vaccine.", "regulator", 0, "BRA GOV"),
    ("Argentina's statistics institute said inflation slowed.", "institute", 0, "ARG GOV"),
    ("The Turkish interior ministry detained the mayor of Istanbul.", "ministry", 0, "TUR GOV"),
    ("The governor of Kherson said two people died.", "governor", 0, "UKR GOV"),
    ("The mayor of Lviv urged residents to shelter.", "mayor", 0, "UKR GOV"),
    ("The governor of Belgorod said a drone hit a house.", "governor", 0, "RUS GOV"),
    ("The IMF's executive board approved the programme.", "board", 0, "IGO"),
    ("The UN children's agency warned of malnutrition in Gaza.", "agency", 0, "IGO"),
    ("The World Bank's board approved a loan to Ethiopia.", "board", 0, "IGO"),
    ("The EU's foreign service condemned the arrests.", "service", 0, "IGO"),
    ("The NATO council met in Brussels.", "council", 0, "IGO"),
    ("The Indonesian military said a soldier was killed in Papua.", "military", 0, "IDN MIL"),
    ("Police in Kenya's capital fired tear gas.", "Police", 0, "KEN COP"),
    ("Troops in Mali's capital set up roadblocks.", "Troops", 0, "MLI MIL"),
    ("A Sri Lankan fisherman was arrested by the Indian navy.", "fisherman", 0, "LKA AGR"),
    ("Two Israeli tourists were killed in Egypt.", "tourists", 0, "ISR CVL"),
    ("Kosovo's police said they arrested three Serbs.", "police", 0, "XKX COP"),
    ("Bosnia's state court convicted the commander.", "court", 0, "BIH JUD"),
    ("Albania's special prosecutor's office charged the former prime minister.", "office", 0, "ALB JUD"),
    ("The Slovak interior minister blamed the opposition.", "minister", 0, "SVK GOV"),
    ("Angola's foreign ministry hosted the talks.", "ministry", 0, "AGO GOV"),
    ("The Gabonese junta named a new prime minister.", "junta", 0, "GAB GOV"),
    ("Chad's transitional council approved the constitution.", "council", 0, "TCD GOV"),
    ("South Sudan's national security service detained the journalist.", "service", 0, "SSD SPY"),
    ("Eritrea's information minister rejected the report.", "minister", 0, "ERI GOV"),
    ("Djibouti's navy escorted the ship.", "navy", 0, "DJI MIL"),
    ("The Libyan National Army said it repelled the attack.", "Army", 0, "LBY MIL"),
    ("Syria's foreign ministry condemned the Israeli strike.", "ministry", 0, "SYR GOV"),
    ("The Afghan Taliban's defence ministry denied the claim.", "ministry", 0, "AFG GOV"),
    ("Nicaragua's police arrested a Catholic bishop.", "police", 0, "NIC COP"),
    ("Cuba's foreign ministry summoned the US envoy.", "ministry", 0, "CUB GOV"),
    ("The Dominican army reinforced the border with Haiti.", "army", 0, "DOM MIL"),
    ("El Salvador's legislative assembly extended the state of exception.", "assembly", 0, "SLV LEG"),
    ("The Salvadoran president defended the crackdown on gangs.", "president", 0, "SLV GOV"),
    ("Costa Rica's health ministry declared an alert.", "ministry", 0, "CRI GOV"),
    ("The Belarusian KGB arrested an opposition activist.", "KGB", 0, "BLR SPY"),
    ("Azerbaijan's state border service said a soldier was shot.", "service", 0, "AZE MIL"),
    ("The Uzbek prosecutor general's office charged the officials.", "office", 0, "UZB JUD"),
    ("Laos's public security ministry arrested the suspects.", "ministry", 0, "LAO GOV"),
    ("The Bhutanese government welcomed the aid.", "government", 0, "BTN GOV"),
    ("Papua New Guinea's police commissioner resigned.", "commissioner", 0, "PNG COP"),
    # titles and wire phrasing, written before the title and owner fixes and run once before them
    ("Kenyan Cabinet Secretary for Interior Kithure Kindiki banned the rally.", "Kindiki", 0, "KEN GOV"),
    ("Inspector General of Police Kayode Egbetokun said Nigeria's police would act.", "Egbetokun", 0, "NGA COP"),
    ("Indian Home Minister Amit Shah visited Manipur.", "Shah", 0, "IND GOV"),
    ("British Home Secretary James Cleverly flew to Rwanda.", "Cleverly", 0, "GBR GOV"),
    ("Punjab Chief Minister Maryam Nawaz launched the scheme in Pakistan.", "Nawaz", 0, "PAK GOV"),
    ("Nigeria's Chief of Defence Staff Christopher Musa visited the troops.", "Musa", 0, "NGA MIL"),
    ("Lt. Gen. Abdel Fattah al-Burhan, Sudan's army chief, rejected the talks.", "Burhan", 0, "SDN GOV"),
    ("Colonel Assimi Goita, Mali's transitional president, met the Russian envoy.", "Goita", 0, "MLI GOV"),
    ("Gilberto Teodoro, the Philippine defence secretary, said the Chinese ships must leave.", "Teodoro", 0, "PHL GOV"),
    ("Mauro Vieira, Brazil's foreign minister, arrived in Caracas.", "Vieira", 0, "BRA GOV"),
    ("A spokesman for the Malian army said ten soldiers were killed.", "spokesman", 0, "MLI MIL"),
    ("A senior official in the Sudanese army said the offensive would continue.", "official", 0, "SDN MIL"),
    ("The head of Kenya's police said officers would be deployed.", "head", 0, "KEN COP"),
    ("Colombia suspended talks. The country's top general said attacks had risen.", "general", 0, "COL MIL"),
    ("Pro-Russian separatists shelled the town in eastern Ukraine.", "separatists", 0, "UKR REB"),
    ("Islamist militants killed ten soldiers in Burkina Faso on Sunday.", "militants", 0, "BFA REB"),
    ("Mozambique's army retook the port. Islamist insurgents had held it for a year.", "insurgents", 0, "MOZ REB"),
    ("Peru declared an emergency. Lawmakers voted to extend it.", "Lawmakers", 0, "PER LEG"),
    ("Madagascar's president dissolved parliament. The opposition called it a power grab.", "opposition", 0, "MDG OPP"),
    ("Benin's government banned the protest. The president said order would be kept.", "president", 0, "BEN GOV"),
    ("Guinea's junta set a date for the referendum. The prime minister's office confirmed it.", "office", 0, "GIN GOV"),
    ("Kenya's Attorney-General Justin Muturi defended the law.", "Muturi", 0, "KEN JUD"),
    ("Field Marshal Khalifa Haftar met the Russian deputy defence minister in Benghazi.", "Haftar", 0, "LBY MIL"),
    ("The Russian deputy defence minister Yunus-Bek Yevkurov visited Libya.", "Yevkurov", 0, "RUS GOV"),
    ("Maj. Gen. Yahya Saree, the Houthi military spokesman, claimed the attack.", "Saree", 0, "YEM REB"),
    ("Abu Obeida, the spokesman of Hamas's armed wing, said the hostages were alive.", "Obeida", 0, "PSE REB"),
    ("The Afghan Taliban's chief spokesman Zabihullah Mujahid denied the report.", "Mujahid", 0, "AFG GOV"),
    ("The Ethiopian National Defence Force said it killed 300 militants.", "Force", 0, "ETH MIL"),
    ("The Somali National Army recaptured the town.", "Army", 0, "SOM MIL"),
    ("The Nigerian Army said troops freed the hostages.", "Army", 0, "NGA MIL"),
    ("The Philippine National Police arrested the suspect.", "Police", 0, "PHL COP"),
    ("The Kenya Defence Forces killed ten al-Shabaab fighters.", "Forces", 0, "KEN MIL"),
    ("The Uganda People's Defence Force crossed into Congo.", "Force", 0, "UGA MIL"),
    ("Bangladesh's Rapid Action Battalion detained the suspects.", "Battalion", 0, "BGD COP"),
    ("The Indonesian National Armed Forces sent troops to Papua.", "Forces", 0, "IDN MIL"),
    ("The Mexican National Guard detained migrants near the border.", "Guard", 0, "MEX COP"),
    ("The Thai Royal Police said the suspect fled.", "Police", 0, "THA COP"),
    ("Brazil's Federal Supreme Court ordered the platform suspended.", "Court", 0, "BRA JUD"),
    ("The Israeli Knesset passed the law.", "Knesset", 0, "ISR LEG"),
    ("Iran's Guardian Council disqualified the candidates.", "Council", 0, "IRN GOV"),
    ("The South African Revenue Service charged the company.", "Service", 0, "ZAF GOV"),
    ("Pakistan's Inter-Services Intelligence denied the claim.", "Intelligence", 0, "PAK SPY"),
    ("The Nigerian Economic and Financial Crimes Commission arrested the former governor.", "Commission", 0, "NGA GOV"),
    ("The Ukrainian presidency said the talks went well.", "presidency", 0, "UKR GOV"),
    ("Armenia and Azerbaijan agreed on the border. Yerevan's negotiator said the deal was fair.", "negotiator", 0, "ARM GOV"),
    ("Rwandan troops crossed into Congo, a UN report said. Kigali denied it.", "Kigali", 0, "RWA GOV"),
    ("Tehran's envoy met the IAEA chief.", "envoy", 0, "IRN GOV"),
    ("Ankara's foreign ministry summoned the Swedish ambassador.", "ministry", 0, "TUR GOV"),
    ("Seoul's military said the North fired artillery.", "military", 0, "KOR MIL"),
    ("The Sahel juntas left ECOWAS. Ouagadougou said the bloc had failed them.", "Ouagadougou", 0, "BFA GOV"),
]

# Mentions the resolver still misses (kept in the set, counted as misses): an unowned gunman is
# nobody's until a group is named, the Rohingya have no state, "the Chinese" as a people takes no
# sector, "its" after two countries picks the nearer one, "KGB" outside Russia is not listed; and
# four sectors only: an official "in" the army stays GOV, the spokesman of Hamas's "armed wing"
# GOV, and Bangladesh's Rapid Action Battalion and Mexico's National Guard are coded MIL.
KNOWN_MISSES = 9


def resolved(nlp, item: tuple) -> str | None:
    """The "COUNTRY SECTOR" the resolver gives one stress item (the sector alone for an IGO)."""
    text, word, nth, expected = item[:4]
    published = item[4] if len(item) > 4 else PUBLISHED
    actor = actor_for_token(token_of(nlp, text, word, nth, published))
    if expected == "IGO":
        return actor.sector if actor is not None else None
    return code(actor)


def test_the_stress_set_is_coded_right_nearly_everywhere(nlp) -> None:
    misses = [item for item in STRESS if resolved(nlp, item) != item[3]]
    assert len(misses) <= KNOWN_MISSES + 2, misses


def test_no_stress_mention_gets_a_wrong_country(nlp) -> None:
    wrong = []
    for item in STRESS:
        got = resolved(nlp, item)
        expected = item[3]
        if got is None or expected == "IGO" or got.startswith("None "):
            continue
        if got.split()[0] != expected.split()[0]:
            wrong.append((item[0], got))
    assert len(wrong) <= 1, wrong   # "Its foreign minister" after Uruguay and Spain


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kenya's anti-graft agency charged the governor.", "agency", "KEN GOV"),
    ("The Nigerian customs service seized a shipment of weapons.", "service", "NGA GOV"),
    ("Ethiopia's human rights commission reported killings in Amhara.", "commission", "ETH GOV"),
    ("Colombia's prosecutor's office charged the president's son.", "office", "COL JUD"),
    ("The Uzbek prosecutor general's office charged the officials.", "office", "UZB JUD"),
    ("El Salvador's legislative assembly extended the state of exception.", "assembly", "SLV LEG"),
])
def test_a_body_noun_owned_by_a_country_is_that_countrys(nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word, 0, PUBLISHED))) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("A Russian news service said the plane had landed.", "service"),
    ("The company's press office declined to comment.", "office"),
])
def test_a_press_or_company_body_is_no_state_body(nlp, text: str, word: str) -> None:
    actor = actor_for_token(token_of(nlp, text, word, 0, PUBLISHED))
    assert actor is None or actor.sector != "GOV"


@pytest.mark.parametrize(("text", "word", "expected_code"), [
    ("The ECOWAS commission urged the junta to free the president.", "commission", "IGOAFRWAS"),
    ("The African Union's peace council suspended Niger.", "council", "IGOAFRAFU"),
])
def test_a_body_noun_owned_by_an_international_organization_is_that_organization(
        nlp, text: str, word: str, expected_code: str) -> None:
    actor = actor_for_token(token_of(nlp, text, word, 0, PUBLISHED))
    assert actor is not None and actor.sector == "IGO" and actor.code == expected_code


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The mayor of Kharkiv said three people were killed.", "mayor", "UKR GOV"),
    ("The governor of Belgorod said a drone hit a house.", "governor", "RUS GOV"),
])
def test_a_towns_office_holder_after_of_takes_the_towns_country(nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word, 0, PUBLISHED))) == expected


def test_a_place_named_as_a_countrys_capital_is_in_that_country(nlp) -> None:
    text = "Police in Haiti's capital arrested ten men."
    assert code(actor_for_token(token_of(nlp, text, "Police", 0, PUBLISHED))) == "HTI COP"


def test_a_word_of_the_title_itself_does_not_change_its_sector(nlp) -> None:
    text = "Morocco's justice minister defended the reform."
    assert code(actor_for_token(token_of(nlp, text, "minister", 0, PUBLISHED))) == "MAR GOV"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The Armenian security service detained a group of men.", "service", "ARM SPY"),
    ("Senegal's Constitutional Council overturned the delay of the vote.", "Council", "SEN JUD"),
    ("A Filipino seafarer was killed in the attack on the ship.", "seafarer", "PHL CVL"),
    ("Azerbaijan's state border service said a soldier was shot.", "service", "AZE MIL"),
    ("Mexico's security chief said arrests would follow.", "chief", "MEX GOV"),
])
def test_new_sector_words_and_titles(nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word, 0, PUBLISHED))) == expected


def test_a_nationality_after_pro_or_anti_is_no_owner(nlp) -> None:
    text = "Pro-Russian separatists shelled the town in eastern Ukraine."
    actor = actor_for_token(token_of(nlp, text, "separatists", 0, PUBLISHED))
    assert actor is not None and actor.country != "RUS"


def test_a_title_word_is_no_town(nlp) -> None:
    text = "Inspector General of Police Kayode Egbetokun said Nigeria's police would act."
    assert code(actor_for_token(token_of(nlp, text, "Egbetokun", 0, PUBLISHED))) == "NGA COP"


def test_a_hyphenated_legal_title_is_no_general(nlp) -> None:
    text = "Kenya's Attorney-General Justin Muturi defended the law."
    assert code(actor_for_token(token_of(nlp, text, "Muturi", 0, PUBLISHED))) == "KEN JUD"


@pytest.mark.parametrize("text", [
    "The army's spokesman said ten soldiers were killed in Mali.",
    "A spokesman for the Malian army said ten soldiers were killed.",
])
def test_a_spokesman_of_the_army_is_military(nlp, text: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, "spokesman", 0, PUBLISHED))) == "MLI MIL"


def test_tourists_take_no_country_from_the_place_they_visit(nlp) -> None:
    text = "Tourists flocked to the beaches of Antalya as temperatures soared."
    actor = actor_for_token(token_of(nlp, text, "Tourists", 0, PUBLISHED))
    assert actor is not None and actor.country is None
