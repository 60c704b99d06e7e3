"""Heads of state and government, foreign and defence ministers, and leaders of international
organisations and armed groups widely named in the news since about 1980, for
``tools/build_actors.py`` (written from general knowledge; see docs/actors.md).

One person a line: ``AFFILIATION | SECTOR | office | names | surnames``

- AFFILIATION: ISO 3166-1 alpha-3 state code, or the id of a shipped actor (``UN``, ``ISIS``, ...);
- SECTOR: CAMEO sector code (GOV, MIL, REB, OPP, LEG, JUD) or ``-`` for none (organisations);
- names: ``;``-separated full names, the first is the canonical one; every one matches as written
  (case and diacritics folded);
- surnames: ``;``-separated forms that stand for the person alone after a title ("President
  Museveni") or once the full name was used; a trailing ``*`` marks a form distinctive enough to
  stand for the person anywhere, capitalised ("Putin said").
"""
from __future__ import annotations

LEADERS = """
# --- Russia and the former Soviet Union
RUS | GOV | President of Russia 2000-2008 and since 2012; Prime Minister 1999-2000, 2008-2012 | Vladimir Putin; Vladimir Vladimirovich Putin | Putin*
RUS | GOV | President of Russia 2008-2012; Prime Minister 2012-2020 | Dmitry Medvedev; Dmitri Medvedev; Dmitry Anatolyevich Medvedev | Medvedev*
RUS | GOV | President of Russia 1991-1999 | Boris Yeltsin; Boris Nikolayevich Yeltsin | Yeltsin*
RUS | GOV | Soviet leader 1985-1991 | Mikhail Gorbachev; Mikhail Gorbachov | Gorbachev*; Gorbachov*
RUS | GOV | Foreign Minister since 2004 | Sergei Lavrov; Sergey Lavrov | Lavrov*
RUS | GOV | Prime Minister 1992-1998 | Viktor Chernomyrdin | Chernomyrdin*
RUS | GOV | Prime Minister 1998-1999; Foreign Minister 1996-1998 | Yevgeny Primakov | Primakov*
RUS | GOV | Foreign Minister 1998-2004 | Igor Ivanov | Ivanov
RUS | GOV | Defence Minister 2001-2007 | Sergei Ivanov; Sergey Ivanov | Ivanov
RUS | GOV | Foreign Minister 1990-1996 | Andrei Kozyrev | Kozyrev*
RUS | GOV | Prime Minister 2020- | Mikhail Mishustin | Mishustin*
RUS | GOV | Defence Minister 2012-2024 | Sergei Shoigu; Sergey Shoigu | Shoigu*
RUS | GOV | Defence Minister 2007-2012 | Anatoly Serdyukov | Serdyukov*
RUS | MIL | Chief of the General Staff since 2012 | Valery Gerasimov | Gerasimov*
RUS | GOV | Kremlin spokesman | Dmitry Peskov; Dmitri Peskov | Peskov*
RUS | GOV | Foreign Ministry spokeswoman | Maria Zakharova | Zakharova*
RUS | GOV | Chechen leader since 2007 | Ramzan Kadyrov | Kadyrov*
RUS | OPP | opposition leader | Alexei Navalny; Alexey Navalny | Navalny*
WAGNER | PRM | Wagner Group founder | Yevgeny Prigozhin | Prigozhin*
UKR | GOV | President of Ukraine since 2019 | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy | Zelensky*; Zelenskyy*; Zelenskiy*
UKR | GOV | President of Ukraine 2014-2019 | Petro Poroshenko | Poroshenko*
UKR | GOV | President of Ukraine 2010-2014 | Viktor Yanukovych; Viktor Yanukovich | Yanukovych*; Yanukovich*
UKR | GOV | President of Ukraine 2005-2010 | Viktor Yushchenko | Yushchenko*
UKR | GOV | President of Ukraine 1994-2005 | Leonid Kuchma | Kuchma*
UKR | GOV | Prime Minister 2005, 2007-2010 | Yulia Tymoshenko | Tymoshenko*
UKR | GOV | Foreign Minister 2020-2024 | Dmytro Kuleba | Kuleba*
UKR | GOV | Prime Minister 2014-2016 | Arseniy Yatsenyuk | Yatsenyuk*
BLR | GOV | President of Belarus since 1994 | Alexander Lukashenko; Alyaksandr Lukashenka; Aleksandr Lukashenko | Lukashenko*; Lukashenka*
GEO | GOV | President of Georgia 2004-2013 | Mikheil Saakashvili | Saakashvili*
GEO | GOV | President of Georgia 1995-2003; Soviet Foreign Minister | Eduard Shevardnadze | Shevardnadze*
ARM | GOV | Prime Minister of Armenia since 2018 | Nikol Pashinyan | Pashinyan*
AZE | GOV | President of Azerbaijan since 2003 | Ilham Aliyev | Aliyev
AZE | GOV | President of Azerbaijan 1993-2003 | Heydar Aliyev | Aliyev
KAZ | GOV | President of Kazakhstan 1990-2019 | Nursultan Nazarbayev | Nazarbayev*
KAZ | GOV | President of Kazakhstan since 2019 | Kassym-Jomart Tokayev | Tokayev*
UZB | GOV | President of Uzbekistan 1990-2016 | Islam Karimov | Karimov*
UZB | GOV | President of Uzbekistan since 2016 | Shavkat Mirziyoyev | Mirziyoyev*
TJK | GOV | President of Tajikistan since 1994 | Emomali Rahmon; Emomali Rakhmonov | Rahmon*; Rakhmonov*
TKM | GOV | President of Turkmenistan 1990-2006 | Saparmurat Niyazov | Niyazov*
TKM | GOV | President of Turkmenistan 2007-2022 | Gurbanguly Berdimuhamedow; Gurbanguly Berdymukhamedov | Berdimuhamedow*; Berdymukhamedov*
KGZ | GOV | President of Kyrgyzstan 1990-2005 | Askar Akayev | Akayev*
MDA | GOV | President of Moldova since 2020 | Maia Sandu | Sandu
# --- United States
USA | GOV | President 2009-2017 | Barack Obama; Barack Hussein Obama | Obama*
USA | GOV | President 2001-2009 | George W. Bush; George W Bush; George Walker Bush | Bush
USA | GOV | President 1989-1993 | George H. W. Bush; George H.W. Bush; George HW Bush; George Bush | Bush
USA | GOV | President 1993-2001 | Bill Clinton; William Jefferson Clinton; William Clinton | Clinton
USA | GOV | Secretary of State 2009-2013 | Hillary Clinton; Hillary Rodham Clinton | Clinton
USA | GOV | President 2017-2021 and since 2025 | Donald Trump; Donald J. Trump; Donald John Trump | Trump*
USA | GOV | President 2021-2025; Vice President 2009-2017 | Joe Biden; Joseph Biden; Joseph R. Biden | Biden*
USA | GOV | President 1981-1989 | Ronald Reagan | Reagan*
USA | GOV | President 1977-1981 | Jimmy Carter | Carter
USA | GOV | Vice President 2021-2025 | Kamala Harris | Harris
USA | GOV | Vice President 2017-2021 | Mike Pence | Pence*
USA | GOV | Vice President 2001-2009; Defense Secretary 1989-1993 | Dick Cheney; Richard Cheney | Cheney*
USA | GOV | Vice President 1993-2001 | Al Gore | Gore
USA | GOV | Vice President 1989-1993 | Dan Quayle | Quayle*
USA | GOV | Secretary of State 2013-2017 | John Kerry | Kerry*
USA | GOV | Secretary of State 2005-2009; National Security Adviser 2001-2005 | Condoleezza Rice | Rice
USA | GOV | Secretary of State 2001-2005 | Colin Powell | Powell
USA | GOV | Secretary of State 1997-2001 | Madeleine Albright | Albright*
USA | GOV | Secretary of State 1993-1997 | Warren Christopher | Christopher
USA | GOV | Secretary of State 1989-1992 | James Baker; James A. Baker | Baker
USA | GOV | Secretary of State 1982-1989 | George Shultz | Shultz*
USA | GOV | Secretary of State 2018-2021 | Mike Pompeo | Pompeo*
USA | GOV | Secretary of State 2017-2018 | Rex Tillerson | Tillerson*
USA | GOV | Secretary of State 2021-2025 | Antony Blinken; Tony Blinken | Blinken*
USA | GOV | Secretary of State since 2025 | Marco Rubio | Rubio*
USA | GOV | Secretary of State 1973-1977 | Henry Kissinger | Kissinger*
USA | GOV | Defense Secretary 2001-2006 | Donald Rumsfeld | Rumsfeld*
USA | GOV | Defense Secretary 2006-2011 | Robert Gates | Gates
USA | GOV | Defense Secretary 2011-2013; CIA Director | Leon Panetta | Panetta*
USA | GOV | Defense Secretary 2013-2015 | Chuck Hagel | Hagel*
USA | GOV | Defense Secretary 2015-2017 | Ash Carter; Ashton Carter | Carter
USA | GOV | Defense Secretary 2017-2019 | Jim Mattis; James Mattis | Mattis*
USA | GOV | Defense Secretary 2019-2020 | Mark Esper | Esper*
USA | GOV | Defense Secretary 2021-2025 | Lloyd Austin | Austin
USA | GOV | Defense Secretary since 2025 | Pete Hegseth | Hegseth*
USA | GOV | Defense Secretary 1997-2001 | William Cohen | Cohen
USA | GOV | Defense Secretary 1994-1997 | William Perry | Perry
USA | GOV | Defense Secretary 1981-1987 | Caspar Weinberger | Weinberger*
USA | GOV | National Security Adviser 2018-2019 | John Bolton | Bolton
USA | GOV | National Security Adviser 2013-2017; UN ambassador | Susan Rice | Rice
USA | GOV | UN ambassador 2017-2018 | Nikki Haley | Haley
USA | GOV | UN ambassador 2013-2017 | Samantha Power | Power
USA | GOV | State Department spokeswoman 2013-2015 | Jen Psaki | Psaki*
USA | GOV | State Department spokesman 2015-2017 | John Kirby | Kirby
USA | GOV | Attorney General 2005-2007 | Alberto Gonzales | Gonzales
USA | SPY | CIA Director 1997-2004 | George Tenet | Tenet
USA | SPY | CIA Director 2011-2012 | David Petraeus | Petraeus*
USA | MIL | Chairman of the Joint Chiefs of Staff 2011-2015 | Martin Dempsey | Dempsey*
USA | MIL | Chairman of the Joint Chiefs of Staff 2015-2019 | Joseph Dunford | Dunford*
USA | MIL | Chairman of the Joint Chiefs of Staff 2019-2023 | Mark Milley | Milley*
USA | MIL | Commander, Iraq and Afghanistan | Stanley McChrystal | McChrystal*
USA | MIL | Commander, 1991 Gulf War | Norman Schwarzkopf | Schwarzkopf*
USA | MIL | Commander, CENTCOM 2003-2007 | John Abizaid | Abizaid*
USA | MIL | Commander, CENTCOM 2016-2019 | Joseph Votel | Votel*
USA | MIL | Commander, CENTCOM 2000-2003 | Tommy Franks | Franks
USA | MIL | Commander, Iraq 2004-2007 | George Casey | Casey
USA | MIL | Commander, Afghanistan 2010-2011 | John Allen | Allen
USA | GOV | Administrator, Coalition Provisional Authority 2003-2004 | Paul Bremer; L. Paul Bremer | Bremer*
USA | GOV | envoy to Afghanistan | Zalmay Khalilzad | Khalilzad*
USA | GOV | envoy to Afghanistan and Pakistan | Richard Holbrooke | Holbrooke*
# --- Canada, Latin America
CAN | GOV | Prime Minister 2015-2025 | Justin Trudeau | Trudeau*
CAN | GOV | Prime Minister 2006-2015 | Stephen Harper | Harper
CAN | GOV | Prime Minister 1993-2003 | Jean Chretien; Jean Chrétien | Chretien*; Chrétien*
CAN | GOV | Prime Minister 1984-1993 | Brian Mulroney | Mulroney*
CAN | GOV | Prime Minister since 2025 | Mark Carney | Carney*
MEX | GOV | President of Mexico 2000-2006 | Vicente Fox | Fox
MEX | GOV | President of Mexico 2006-2012 | Felipe Calderon; Felipe Calderón | Calderon; Calderón
MEX | GOV | President of Mexico 2012-2018 | Enrique Pena Nieto; Enrique Peña Nieto | Pena Nieto*; Peña Nieto*
MEX | GOV | President of Mexico 2018-2024 | Andres Manuel Lopez Obrador; Andrés Manuel López Obrador; AMLO | Lopez Obrador*; López Obrador*
MEX | GOV | President of Mexico since 2024 | Claudia Sheinbaum | Sheinbaum*
MEX | GOV | President of Mexico 1994-2000 | Ernesto Zedillo | Zedillo*
MEX | GOV | President of Mexico 1988-1994 | Carlos Salinas de Gortari; Carlos Salinas | Salinas
CUB | GOV | President of Cuba 1976-2008 | Fidel Castro; Fidel Castro Ruz | Castro
CUB | GOV | President of Cuba 2008-2018 | Raul Castro; Raúl Castro | Castro
CUB | GOV | President of Cuba since 2018 | Miguel Diaz-Canel; Miguel Díaz-Canel | Diaz-Canel*; Díaz-Canel*
VEN | GOV | President of Venezuela 1999-2013 | Hugo Chavez; Hugo Chávez; Hugo Rafael Chavez | Chavez*; Chávez*
VEN | GOV | President of Venezuela since 2013 | Nicolas Maduro; Nicolás Maduro | Maduro*
VEN | OPP | opposition leader | Juan Guaido; Juan Guaidó | Guaido*; Guaidó*
VEN | OPP | opposition leader | Henrique Capriles | Capriles*
COL | GOV | President of Colombia 2002-2010 | Alvaro Uribe; Álvaro Uribe; Alvaro Uribe Velez | Uribe*
COL | GOV | President of Colombia 2010-2018 | Juan Manuel Santos | Santos
COL | GOV | President of Colombia 1998-2002 | Andres Pastrana; Andrés Pastrana | Pastrana*
COL | GOV | President of Colombia 2018-2022 | Ivan Duque; Iván Duque | Duque*
COL | GOV | President of Colombia since 2022 | Gustavo Petro | Petro
COL | GOV | President of Colombia 1994-1998 | Ernesto Samper | Samper*
FARC | REB | FARC commander | Manuel Marulanda; Manuel Marulanda Velez | Marulanda*
FARC | REB | FARC commander | Rodrigo Londono; Rodrigo Londoño; Timochenko | Timochenko*
FARC | REB | FARC commander | Raul Reyes; Raúl Reyes | Reyes
BRA | GOV | President of Brazil 2003-2010 and since 2023 | Luiz Inacio Lula da Silva; Luiz Inácio Lula da Silva; Lula da Silva; Lula | Lula*
BRA | GOV | President of Brazil 2011-2016 | Dilma Rousseff | Rousseff*
BRA | GOV | President of Brazil 2019-2022 | Jair Bolsonaro | Bolsonaro*
BRA | GOV | President of Brazil 2016-2018 | Michel Temer | Temer*
BRA | GOV | President of Brazil 1995-2002 | Fernando Henrique Cardoso | Cardoso
ARG | GOV | President of Argentina 1989-1999 | Carlos Menem; Carlos Saul Menem | Menem*
ARG | GOV | President of Argentina 2003-2007 | Nestor Kirchner; Néstor Kirchner | Kirchner
ARG | GOV | President of Argentina 2007-2015 | Cristina Fernandez de Kirchner; Cristina Fernández de Kirchner; Cristina Kirchner | Kirchner; Fernandez de Kirchner*
ARG | GOV | President of Argentina 2015-2019 | Mauricio Macri | Macri*
ARG | GOV | President of Argentina since 2023 | Javier Milei | Milei*
ARG | GOV | President of Argentina 1983-1989 | Raul Alfonsin; Raúl Alfonsín | Alfonsin*; Alfonsín*
CHL | GOV | President of Chile 1973-1990 | Augusto Pinochet; Augusto Pinochet Ugarte | Pinochet*
CHL | GOV | President of Chile 2006-2010, 2014-2018 | Michelle Bachelet | Bachelet*
CHL | GOV | President of Chile 2010-2014, 2018-2022 | Sebastian Pinera; Sebastián Piñera | Pinera*; Piñera*
CHL | GOV | President of Chile 2000-2006 | Ricardo Lagos | Lagos
CHL | GOV | President of Chile since 2022 | Gabriel Boric | Boric*
PER | GOV | President of Peru 1990-2000 | Alberto Fujimori | Fujimori*
PER | GOV | President of Peru 2001-2006 | Alejandro Toledo | Toledo
PER | GOV | President of Peru 1985-1990, 2006-2011 | Alan Garcia; Alan García | Garcia
PER | GOV | President of Peru 2011-2016 | Ollanta Humala | Humala*
BOL | GOV | President of Bolivia 2006-2019 | Evo Morales | Morales
ECU | GOV | President of Ecuador 2007-2017 | Rafael Correa | Correa
NIC | GOV | President of Nicaragua 1985-1990 and since 2007 | Daniel Ortega | Ortega
NIC | GOV | President of Nicaragua 1990-1997 | Violeta Chamorro | Chamorro*
PAN | GOV | ruler of Panama 1983-1989 | Manuel Noriega; Manuel Antonio Noriega | Noriega*
HTI | GOV | President of Haiti 1991, 1994-1996, 2001-2004 | Jean-Bertrand Aristide | Aristide*
HTI | GOV | President of Haiti 1988-1990 | Prosper Avril | Avril
HTI | GOV | President of Haiti 1996-2001, 2006-2011 | Rene Preval; René Préval | Preval*; Préval*
HTI | GOV | President of Haiti 2017-2021 | Jovenel Moise; Jovenel Moïse | Moise; Moïse
SLV | GOV | President of El Salvador since 2019 | Nayib Bukele | Bukele*
PRY | GOV | ruler of Paraguay 1954-1989 | Alfredo Stroessner | Stroessner*
# --- Western Europe
GBR | GOV | Prime Minister 1997-2007 | Tony Blair | Blair*
GBR | GOV | Prime Minister 2007-2010 | Gordon Brown | Brown
GBR | GOV | Prime Minister 2010-2016 | David Cameron | Cameron
GBR | GOV | Prime Minister 2016-2019 | Theresa May | May
GBR | GOV | Prime Minister 2019-2022 | Boris Johnson | Johnson
GBR | GOV | Prime Minister 2022-2024 | Rishi Sunak | Sunak*
GBR | GOV | Prime Minister since 2024 | Keir Starmer | Starmer*
GBR | GOV | Prime Minister 1979-1990 | Margaret Thatcher | Thatcher*
GBR | GOV | Prime Minister 1990-1997 | John Major | Major
GBR | GOV | Foreign Secretary 1997-2001 | Robin Cook | Cook
GBR | GOV | Foreign Secretary 2001-2006 | Jack Straw | Straw
GBR | GOV | Foreign Secretary 2007-2010 | David Miliband | Miliband
GBR | GOV | Foreign Secretary 2010-2014 | William Hague | Hague
GBR | GOV | Foreign Secretary 2014-2016 | Philip Hammond | Hammond
GBR | GOV | Foreign Secretary 1989-1995 | Douglas Hurd | Hurd
FRA | GOV | President of France 1981-1995 | Francois Mitterrand; François Mitterrand; Francois Mitterand; François Mitterand | Mitterrand*; Mitterand*
FRA | GOV | President of France 1995-2007 | Jacques Chirac | Chirac*
FRA | GOV | President of France 2007-2012 | Nicolas Sarkozy | Sarkozy*
FRA | GOV | President of France 2012-2017 | Francois Hollande; François Hollande | Hollande*
FRA | GOV | President of France since 2017 | Emmanuel Macron | Macron*
FRA | GOV | Foreign Minister 2002-2004; Prime Minister 2005-2007 | Dominique de Villepin | de Villepin*; Villepin*
FRA | GOV | Foreign Minister 2012-2016; Prime Minister 2016 | Laurent Fabius | Fabius*
FRA | GOV | Foreign Minister 2007-2010 | Bernard Kouchner | Kouchner*
FRA | GOV | Defence Minister 2012-2017; Foreign Minister 2017-2022 | Jean-Yves Le Drian | Le Drian*
FRA | GOV | Prime Minister 1997-2002 | Lionel Jospin | Jospin*
FRA | GOV | Prime Minister 2007-2012 | Francois Fillon; François Fillon | Fillon*
FRA | GOV | Prime Minister 2014-2016 | Manuel Valls | Valls*
DEU | GOV | Chancellor of Germany 2005-2021 | Angela Merkel | Merkel*
DEU | GOV | Chancellor of Germany 1982-1998 | Helmut Kohl | Kohl*
DEU | GOV | Chancellor of Germany 1998-2005 | Gerhard Schroeder; Gerhard Schröder | Schroeder; Schröder
DEU | GOV | Chancellor of Germany 2021-2025 | Olaf Scholz | Scholz*
DEU | GOV | Chancellor of Germany since 2025 | Friedrich Merz | Merz*
DEU | GOV | Foreign Minister 1998-2005 | Joschka Fischer | Fischer
DEU | GOV | Foreign Minister 2005-2009, 2013-2017; President 2017- | Frank-Walter Steinmeier | Steinmeier*
DEU | GOV | Foreign Minister 1974-1992 | Hans-Dietrich Genscher | Genscher*
DEU | GOV | Foreign Minister 2021-2025 | Annalena Baerbock | Baerbock*
ITA | GOV | Prime Minister of Italy 1994-1995, 2001-2006, 2008-2011 | Silvio Berlusconi | Berlusconi*
ITA | GOV | Prime Minister of Italy 1996-1998, 2006-2008 | Romano Prodi | Prodi*
ITA | GOV | Prime Minister of Italy 2014-2016 | Matteo Renzi | Renzi*
ITA | GOV | Prime Minister of Italy 2021-2022 | Mario Draghi | Draghi*
ITA | GOV | Prime Minister of Italy since 2022 | Giorgia Meloni | Meloni*
ITA | GOV | Prime Minister of Italy 2018-2021 | Giuseppe Conte | Conte
ITA | GOV | Prime Minister of Italy 2011-2013 | Mario Monti | Monti
ESP | GOV | Prime Minister of Spain 1996-2004 | Jose Maria Aznar; José María Aznar | Aznar*
ESP | GOV | Prime Minister of Spain 2004-2011 | Jose Luis Rodriguez Zapatero; José Luis Rodríguez Zapatero | Zapatero*
ESP | GOV | Prime Minister of Spain 2011-2018 | Mariano Rajoy | Rajoy*
ESP | GOV | Prime Minister of Spain since 2018 | Pedro Sanchez; Pedro Sánchez | Sanchez; Sánchez
ESP | GOV | Prime Minister of Spain 1982-1996 | Felipe Gonzalez; Felipe González | Gonzalez; González
ESP | GOV | Interior Minister 2004-2006 | Jose Antonio Alonso; José Antonio Alonso | Alonso
PRT | GOV | Prime Minister of Portugal 2015-2024 | Antonio Costa; António Costa | Costa
NLD | GOV | Prime Minister of the Netherlands 2010-2024 | Mark Rutte | Rutte*
BEL | GOV | Prime Minister of Belgium 1999-2008 | Guy Verhofstadt | Verhofstadt*
GRC | GOV | Prime Minister of Greece 1981-1989, 1993-1996 | Andreas Papandreou | Papandreou
GRC | GOV | Prime Minister of Greece 2009-2011 | George Papandreou | Papandreou
GRC | GOV | Prime Minister of Greece 2015-2019 | Alexis Tsipras | Tsipras*
GRC | GOV | Prime Minister of Greece since 2019 | Kyriakos Mitsotakis | Mitsotakis
GRC | GOV | Prime Minister of Greece 1996-2004 | Costas Simitis | Simitis*
AUT | GOV | far-right leader | Joerg Haider; Jörg Haider | Haider
IRL | GOV | Taoiseach 1997-2008 | Bertie Ahern | Ahern*
SWE | GOV | Prime Minister of Sweden 1996-2006 | Goran Persson; Göran Persson | Persson
NOR | GOV | Prime Minister of Norway 2013-2021 | Erna Solberg | Solberg*
VAT | GOV | Pope 1978-2005 | Pope John Paul II; John Paul II | 
VAT | GOV | Pope 2005-2013 | Pope Benedict XVI; Benedict XVI | 
VAT | GOV | Pope 2013-2025 | Pope Francis | 
# --- Central and Eastern Europe, Balkans
POL | GOV | President of Poland 1990-1995 | Lech Walesa; Lech Wałęsa | Walesa*; Wałęsa*
POL | GOV | Prime Minister of Poland 2007-2014, since 2023; President of the European Council 2014-2019 | Donald Tusk | Tusk*
POL | GOV | President of Poland 2015-2025 | Andrzej Duda | Duda
POL | GOV | President of Poland 2005-2010 | Lech Kaczynski; Lech Kaczyński | Kaczynski
POL | GOV | party leader; Prime Minister 2006-2007 | Jaroslaw Kaczynski; Jarosław Kaczyński | Kaczynski
HUN | GOV | Prime Minister of Hungary since 2010 | Viktor Orban; Viktor Orbán | Orban*; Orbán*
CZE | GOV | President of Czechoslovakia and the Czech Republic 1989-2003 | Vaclav Havel; Václav Havel | Havel*
CZE | GOV | President of the Czech Republic 2003-2013 | Vaclav Klaus; Václav Klaus | Klaus
ROU | GOV | ruler of Romania 1965-1989 | Nicolae Ceausescu; Nicolae Ceaușescu | Ceausescu*; Ceaușescu*
ROU | GOV | President of Romania 1989-1996, 2000-2004 | Ion Iliescu | Iliescu*
SRB | GOV | President of Serbia and Yugoslavia 1989-2000 | Slobodan Milosevic; Slobodan Milošević | Milosevic*; Milošević*
SRB | GOV | President of Yugoslavia 2000-2003 | Vojislav Kostunica; Vojislav Koštunica | Kostunica*; Koštunica*
SRB | GOV | Prime Minister of Serbia 2001-2003 | Zoran Djindjic; Zoran Đinđić | Djindjic*; Đinđić*
SRB | GOV | President of Serbia 2004-2012 | Boris Tadic; Boris Tadić | Tadic*; Tadić*
SRB | GOV | President of Serbia since 2017 | Aleksandar Vucic; Aleksandar Vučić | Vucic*; Vučić*
SRB | GOV | Bosnian Serb leader | Radovan Karadzic; Radovan Karadžić | Karadzic*; Karadžić*
SRB | MIL | Bosnian Serb army commander | Ratko Mladic; Ratko Mladić | Mladic*; Mladić*
HRV | GOV | President of Croatia 1990-1999 | Franjo Tudjman; Franjo Tuđman | Tudjman*; Tuđman*
BIH | GOV | President of Bosnia and Herzegovina 1990-1996 | Alija Izetbegovic; Alija Izetbegović | Izetbegovic*; Izetbegović*
SRB | GOV | Kosovo Albanian leader | Ibrahim Rugova | Rugova*
XKX | GOV | Prime Minister and President of Kosovo | Hashim Thaci; Hashim Thaçi | Thaci*; Thaçi*
ALB | GOV | President and Prime Minister of Albania | Sali Berisha | Berisha*
MKD | GOV | President of Macedonia 1991-1999 | Kiro Gligorov | Gligorov*
MKD | GOV | President of Macedonia 1999-2004 | Boris Trajkovski | Trajkovski*
BGR | GOV | Prime Minister of Bulgaria 2009-2021 | Boyko Borisov | Borisov
LTU | GOV | President of Lithuania | Vytautas Landsbergis | Landsbergis*
LTU | GOV | President of Lithuania 2009-2019 | Dalia Grybauskaite; Dalia Grybauskaitė | Grybauskaite*
CYP | GOV | Turkish Cypriot leader | Rauf Denktash; Rauf Denktaş | Denktash*; Denktaş*
# --- Turkey, Iran, Middle East
TUR | GOV | Prime Minister 2003-2014, President of Turkey since 2014 | Recep Tayyip Erdogan; Recep Tayyip Erdoğan; Tayyip Erdogan | Erdogan*; Erdoğan*
TUR | GOV | President of Turkey 2007-2014 | Abdullah Gul; Abdullah Gül | Gul; Gül
TUR | GOV | Prime Minister of Turkey 2014-2016; Foreign Minister | Ahmet Davutoglu; Ahmet Davutoğlu | Davutoglu*; Davutoğlu*
TUR | GOV | Foreign Minister of Turkey 2015-2023 | Mevlut Cavusoglu; Mevlüt Çavuşoğlu | Cavusoglu*; Çavuşoğlu*
TUR | GOV | Foreign Minister of Turkey since 2023; intelligence chief | Hakan Fidan | Fidan*
TUR | GOV | Prime Minister of Turkey | Bulent Ecevit; Bülent Ecevit | Ecevit*
TUR | GOV | President of Turkey 1989-1993 | Turgut Ozal; Turgut Özal | Ozal*; Özal*
TUR | GOV | President of Turkey 1993-2000 | Suleyman Demirel; Süleyman Demirel | Demirel*
TUR | GOV | Prime Minister of Turkey | Tansu Ciller; Tansu Çiller | Ciller*; Çiller*
TUR | GOV | Prime Minister of Turkey 1996-1997 | Necmettin Erbakan | Erbakan*
PKK | REB | PKK leader | Abdullah Ocalan; Abdullah Öcalan | Ocalan*; Öcalan*
IRN | GOV | Supreme Leader of Iran since 1989 | Ali Khamenei; Ayatollah Ali Khamenei; Sayyid Ali Khamenei | Khamenei*
IRN | GOV | Supreme Leader of Iran 1979-1989 | Ruhollah Khomeini; Ayatollah Khomeini; Ayatollah Ruhollah Khomeini | Khomeini*
IRN | GOV | President of Iran 2013-2021 | Hassan Rouhani; Hassan Rohani | Rouhani*; Rohani*
IRN | GOV | President of Iran 2005-2013 | Mahmoud Ahmadinejad | Ahmadinejad*
IRN | GOV | President of Iran 1997-2005 | Mohammad Khatami; Mohammed Khatami | Khatami*
IRN | GOV | President of Iran 1989-1997 | Akbar Hashemi Rafsanjani; Ali Akbar Hashemi Rafsanjani; Hashemi Rafsanjani | Rafsanjani*
IRN | GOV | President of Iran 2021-2024 | Ebrahim Raisi; Ebrahim Raeisi | Raisi*; Raeisi*
IRN | GOV | President of Iran since 2024 | Masoud Pezeshkian | Pezeshkian*
IRN | GOV | Foreign Minister of Iran 2013-2021 | Mohammad Javad Zarif; Javad Zarif | Zarif*
IRN | GOV | Foreign Minister of Iran 2021-2024 | Hossein Amir-Abdollahian | Amir-Abdollahian*
IRN | GOV | Foreign Minister of Iran since 2024 | Abbas Araghchi | Araghchi*
IRN | GOV | Foreign Minister of Iran 1997-2005 | Kamal Kharrazi | Kharrazi*
IRN | GOV | Foreign Minister of Iran 1981-1997 | Ali Akbar Velayati | Velayati*
IRN | GOV | Foreign Minister of Iran 2010-2013 | Ali Akbar Salehi | Salehi
IRN | GOV | Foreign Minister of Iran 2005-2008 | Manouchehr Mottaki | Mottaki*
IRN | GOV | nuclear negotiator; Secretary of the Supreme National Security Council | Ali Larijani | Larijani*
IRN | GOV | nuclear negotiator | Saeed Jalili | Jalili*
QUDS | MIL | Quds Force commander 1998-2020 | Qassem Soleimani; Qasem Soleimani; Ghasem Soleimani; Qassim Suleimani; Qassem Suleimani | Soleimani*; Suleimani*
QUDS | MIL | Quds Force commander since 2020 | Esmail Qaani; Ismail Qaani | Qaani*
IRGC | MIL | IRGC commander 2007-2019 | Mohammad Ali Jafari | Jafari
IRGC | MIL | IRGC commander 2019-2025 | Hossein Salami | Salami
ISR | GOV | Prime Minister of Israel 1996-1999, 2009-2021, since 2022 | Benjamin Netanyahu; Binyamin Netanyahu; Bibi Netanyahu | Netanyahu*
ISR | GOV | Prime Minister of Israel 2001-2006 | Ariel Sharon | Sharon
ISR | GOV | Prime Minister of Israel 2006-2009 | Ehud Olmert | Olmert*
ISR | GOV | Prime Minister of Israel 1999-2001; Defence Minister | Ehud Barak | Barak
ISR | GOV | Prime Minister of Israel 1992-1995 | Yitzhak Rabin | Rabin*
ISR | GOV | Prime Minister of Israel; President 2007-2014 | Shimon Peres | Peres*
ISR | GOV | Prime Minister of Israel 1983-1984, 1986-1992 | Yitzhak Shamir | Shamir
ISR | GOV | Prime Minister of Israel 2021-2022 | Naftali Bennett | Bennett
ISR | GOV | Prime Minister of Israel 2022 | Yair Lapid | Lapid*
ISR | GOV | Foreign Minister of Israel | Avigdor Lieberman; Avigdor Liberman | Lieberman; Liberman
ISR | GOV | Foreign Minister of Israel 2006-2009 | Tzipi Livni | Livni*
ISR | GOV | Defence Minister of Israel 2002-2006 | Shaul Mofaz | Mofaz*
ISR | GOV | Defence Minister of Israel 2022-2024 | Yoav Gallant | Gallant
ISR | GOV | Defence Minister of Israel 2020-2022 | Benny Gantz | Gantz*
ISR | GOV | Defence Minister of Israel 2013-2016 | Moshe Yaalon; Moshe Ya'alon | Yaalon*; Ya'alon*
ISR | GOV | President of Israel since 2021 | Isaac Herzog | Herzog
ISR | GOV | President of Israel 2014-2021 | Reuven Rivlin | Rivlin*
PSE | GOV | President of the Palestinian Authority since 2005 | Mahmoud Abbas; Abu Mazen | Abbas
PSE | GOV | Palestinian leader 1969-2004 | Yasser Arafat; Yasir Arafat | Arafat*
PSE | GOV | Palestinian Prime Minister 2007-2013 | Salam Fayyad | Fayyad*
PSE | GOV | Palestinian Prime Minister 2003-2006 | Ahmed Qurei; Ahmed Qureia; Abu Alaa | Qurei*; Qureia*
PSE | GOV | Palestinian negotiator | Saeb Erekat; Saeb Erakat | Erekat*; Erakat*
HAMAS | REB | Hamas leader; Palestinian Prime Minister 2006-2007 | Ismail Haniyeh; Ismail Haniya; Ismail Haniyah | Haniyeh*; Haniya*; Haniyah*
HAMAS | REB | Hamas political leader 1996-2017 | Khaled Meshaal; Khaled Mashaal; Khaled Mashal; Khalid Mishal | Meshaal*; Mashaal*; Mashal*; Mishal*
HAMAS | REB | Hamas founder | Ahmed Yassin; Sheikh Ahmed Yassin | Yassin
HAMAS | REB | Hamas leader in Gaza 2017-2024 | Yahya Sinwar | Sinwar*
HAMAS | REB | Hamas leader | Abdel Aziz al-Rantisi; Abdel-Aziz Rantisi | Rantisi*
HAMAS | REB | Hamas military commander | Mohammed Deif | Deif*
HEZBOLLAH | REB | Hezbollah Secretary-General 1992-2024 | Hassan Nasrallah; Sayyed Hassan Nasrallah | Nasrallah*
HEZBOLLAH | REB | Hezbollah Secretary-General since 2024 | Naim Qassem | Qassem
SYR | GOV | President of Syria 2000-2024 | Bashar al-Assad; Bashar Assad; Bashar al Assad | Assad*; al-Assad*
SYR | GOV | President of Syria 1971-2000 | Hafez al-Assad; Hafez Assad; Hafiz al-Assad | Assad*; al-Assad*
SYR | GOV | Foreign Minister of Syria 2006-2020 | Walid al-Moualem; Walid Muallem; Walid al-Muallem | Moualem*; Muallem*
SYR | GOV | President of Syria since 2025; HTS leader | Ahmed al-Sharaa; Abu Mohammad al-Jolani; Abu Mohammed al-Golani; Abu Mohammed al-Jolani | Sharaa*; al-Sharaa*; Jolani*; Golani*
SYR | GOV | Foreign Minister and Vice President of Syria | Farouk al-Sharaa; Farouq al-Sharaa | 
LBN | GOV | Prime Minister of Lebanon | Rafik Hariri; Rafiq Hariri; Rafic Hariri | Hariri
LBN | GOV | Prime Minister of Lebanon | Saad Hariri; Saad al-Hariri | Hariri
LBN | GOV | President of Lebanon 2016-2022; army commander | Michel Aoun | Aoun
LBN | GOV | President of Lebanon 1998-2007 | Emile Lahoud; Émile Lahoud | Lahoud*
LBN | GOV | Speaker of Parliament since 1992; Amal leader | Nabih Berri | Berri*
LBN | GOV | Prime Minister of Lebanon | Najib Mikati | Mikati*
LBN | GOV | Prime Minister of Lebanon 2005-2009 | Fouad Siniora | Siniora*
LBN | GOV | Druze leader | Walid Jumblatt | Jumblatt*
IRQ | GOV | President of Iraq 1979-2003 | Saddam Hussein; Saddam | Saddam*
IRQ | GOV | Deputy Prime Minister and Foreign Minister of Iraq under Saddam Hussein | Tariq Aziz; Tareq Aziz | Aziz
IRQ | GOV | Prime Minister of Iraq 2006-2014 | Nouri al-Maliki; Nuri al-Maliki; Nouri Maliki; Nuri Kamal al-Maliki | Maliki*; al-Maliki*
IRQ | GOV | Prime Minister of Iraq 2014-2018 | Haider al-Abadi; Haidar al-Abadi; Haider Abadi | Abadi*; al-Abadi*
IRQ | GOV | Prime Minister of Iraq 2018-2020 | Adel Abdul Mahdi; Adil Abdul-Mahdi | Abdul Mahdi*; Abdul-Mahdi*
IRQ | GOV | Prime Minister of Iraq 2020-2022 | Mustafa al-Kadhimi; Mustafa Kadhimi | Kadhimi*; al-Kadhimi*
IRQ | GOV | Prime Minister of Iraq since 2022 | Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani | Sudani*; al-Sudani*
IRQ | GOV | Prime Minister of Iraq 2005-2006 | Ibrahim al-Jaafari; Ibrahim Jaafari | Jaafari*; al-Jaafari*
IRQ | GOV | Prime Minister of Iraq 2004-2005 | Iyad Allawi; Ayad Allawi | Allawi*
IRQ | GOV | President of Iraq 2005-2014 | Jalal Talabani | Talabani*
IRQ | GOV | President of Iraq 2014-2018 | Fuad Masum; Fouad Massoum | Masum*; Massoum*
IRQ | GOV | President of the Kurdistan Region 2005-2017 | Masoud Barzani; Massoud Barzani | Barzani
IRQ | GOV | Prime Minister and President of the Kurdistan Region | Nechirvan Barzani | Barzani
IRQ | GOV | Foreign Minister of Iraq | Hoshyar Zebari | Zebari*
IRQ | GOV | Grand Ayatollah, Shiite religious leader | Ali al-Sistani; Ali Sistani; Grand Ayatollah Ali al-Sistani | Sistani*; al-Sistani*
MAHDI_ARMY | PRM | Shiite cleric, Mahdi Army leader | Muqtada al-Sadr; Moqtada al-Sadr; Muqtada Sadr; Moqtada Sadr | Sadr*; al-Sadr*
PMF | PRM | PMF deputy commander | Abu Mahdi al-Muhandis | Muhandis*; al-Muhandis*
BADR | PRM | Badr Organization leader | Hadi al-Amiri | Amiri
AQI | REB | al-Qaeda in Iraq leader | Abu Musab al-Zarqawi; Abu Musab Zarqawi | Zarqawi*; al-Zarqawi*
ISIS | REB | Islamic State leader 2010-2019 | Abu Bakr al-Baghdadi; Abu Bakr Baghdadi | Baghdadi*; al-Baghdadi*
ISIS | REB | Islamic State spokesman | Abu Mohammed al-Adnani; Abu Muhammad al-Adnani | Adnani*; al-Adnani*
AQ | REB | al-Qaeda leader | Osama bin Laden; Usama bin Laden; Osama Bin Laden; Usama bin Ladin; Osama bin Ladin | bin Laden*; bin Ladin*
AQ | REB | al-Qaeda leader 2011-2022 | Ayman al-Zawahiri; Ayman Zawahiri; Ayman al-Zawahri | Zawahiri*; al-Zawahiri*; Zawahri*
AQAP | REB | AQAP cleric | Anwar al-Awlaki; Anwar al-Aulaqi | Awlaki*; al-Awlaki*
TALIBAN | REB | Taliban leader 1994-2013 | Mullah Mohammad Omar; Mullah Omar; Mohammed Omar | Mullah Omar*
TALIBAN | REB | Taliban leader 2015-2016 | Akhtar Mohammad Mansour; Mullah Akhtar Mansour | Mansour
TALIBAN | REB | Taliban leader since 2016 | Hibatullah Akhundzada; Haibatullah Akhundzada | Akhundzada*
TALIBAN | REB | Taliban spokesman | Zabihullah Mujahid | Mujahid
TALIBAN | REB | Taliban deputy leader | Abdul Ghani Baradar; Mullah Baradar | Baradar*
HAQQANI | REB | Haqqani network leader | Sirajuddin Haqqani | 
HAQQANI | REB | Haqqani network founder | Jalaluddin Haqqani | 
SHABAAB | REB | al-Shabaab leader | Ahmed Abdi Godane | Godane*
SHABAAB | REB | al-Shabaab leader | Ahmad Umar; Ahmed Diriye | 
BOKO_HARAM | REB | Boko Haram leader | Abubakar Shekau | Shekau*
BOKO_HARAM | REB | Boko Haram founder | Mohammed Yusuf | 
HOUTHIS | REB | Houthi leader | Abdul-Malik al-Houthi; Abdulmalik al-Houthi; Abdul Malik al-Houthi | 
AQIM | REB | AQIM commander | Mokhtar Belmokhtar | Belmokhtar*
LTTE | REB | LTTE leader | Velupillai Prabhakaran | Prabhakaran*
LRA | REB | LRA leader | Joseph Kony | Kony*
JOR | GOV | King of Jordan since 1999 | King Abdullah II; Abdullah II; Abdullah II of Jordan | 
JOR | GOV | King of Jordan 1952-1999 | King Hussein; King Hussein of Jordan; Hussein bin Talal | 
JOR | GOV | Foreign Minister of Jordan since 2017 | Ayman Safadi | Safadi
JOR | GOV | Queen of Jordan | Queen Rania | Rania*
SAU | GOV | King of Saudi Arabia 2005-2015 | King Abdullah bin Abdulaziz; Abdullah bin Abdulaziz | 
SAU | GOV | King of Saudi Arabia since 2015 | King Salman; Salman bin Abdulaziz; King Salman bin Abdulaziz | 
SAU | GOV | Crown Prince and Prime Minister of Saudi Arabia | Mohammed bin Salman; Mohammad bin Salman; MBS | bin Salman*
SAU | GOV | King of Saudi Arabia 1982-2005 | King Fahd; Fahd bin Abdulaziz | 
SAU | GOV | Foreign Minister of Saudi Arabia 1975-2015 | Saud al-Faisal; Prince Saud al-Faisal | 
SAU | GOV | Foreign Minister of Saudi Arabia 2015-2018 | Adel al-Jubeir; Adel Jubeir | Jubeir*; al-Jubeir*
SAU | GOV | Foreign Minister of Saudi Arabia since 2019 | Faisal bin Farhan | bin Farhan*
SAU | GOV | ambassador and intelligence chief | Prince Bandar bin Sultan; Bandar bin Sultan | 
SAU | GOV | intelligence chief | Prince Turki al-Faisal; Turki al-Faisal | 
QAT | GOV | Emir of Qatar since 2013 | Tamim bin Hamad Al Thani; Sheikh Tamim bin Hamad al-Thani; Tamim bin Hamad | 
QAT | GOV | Emir of Qatar 1995-2013 | Hamad bin Khalifa Al Thani; Sheikh Hamad bin Khalifa al-Thani; Hamad bin Khalifa | 
ARE | GOV | President of the UAE since 2022 | Mohamed bin Zayed; Mohammed bin Zayed; Sheikh Mohamed bin Zayed Al Nahyan; MBZ | bin Zayed*
ARE | GOV | Vice President of the UAE, Ruler of Dubai | Mohammed bin Rashid Al Maktoum; Sheikh Mohammed bin Rashid | 
KWT | GOV | Emir of Kuwait | Sheikh Sabah al-Ahmad al-Jaber al-Sabah; Sabah al-Ahmad al-Sabah | 
KWT | GOV | Emir of Kuwait 1977-2006 | Sheikh Jaber al-Ahmad al-Sabah; Jaber al-Ahmad al-Sabah | 
BHR | GOV | King of Bahrain | King Hamad bin Isa Al Khalifa; Hamad bin Isa al-Khalifa | 
OMN | GOV | Sultan of Oman 1970-2020 | Sultan Qaboos; Qaboos bin Said | Qaboos*
YEM | GOV | President of Yemen 1978-2012 | Ali Abdullah Saleh | Saleh
YEM | GOV | President of Yemen 2012-2022 | Abd-Rabbu Mansour Hadi; Abed Rabbo Mansour Hadi; Abdrabbuh Mansur Hadi; Abd Rabbuh Mansour Hadi | Hadi
EGY | GOV | President of Egypt 1981-2011 | Hosni Mubarak; Muhammad Hosni Mubarak | Mubarak*
EGY | GOV | President of Egypt since 2014 | Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah Sisi | Sisi*; el-Sisi*; al-Sisi*; Sissi*; el-Sissi*
EGY | GOV | President of Egypt 2012-2013 | Mohamed Morsi; Mohammed Morsi; Mohamed Mursi; Mohammed Mursi | Morsi*; Mursi*
EGY | GOV | President of Egypt 1970-1981 | Anwar Sadat; Anwar al-Sadat; Anwar el-Sadat | Sadat*
EGY | GOV | Foreign Minister of Egypt 1991-2001; Arab League Secretary-General 2001-2011 | Amr Moussa; Amr Mussa | Moussa
EGY | GOV | Foreign Minister of Egypt 2014-2023 | Sameh Shoukry; Sameh Shukri | Shoukry*
EGY | GOV | intelligence chief 1993-2011 | Omar Suleiman | Suleiman
EGY | MIL | head of the military council 2011-2012 | Mohamed Hussein Tantawi; Field Marshal Tantawi | Tantawi*
EGY | OPP | opposition leader; IAEA Director-General 1997-2009 | Mohamed ElBaradei; Mohamed el-Baradei | ElBaradei*; el-Baradei*; Baradei*
LBY | GOV | ruler of Libya 1969-2011 | Muammar Gaddafi; Muammar Qaddafi; Moammar Gadhafi; Muammar al-Gaddafi; Moamer Kadhafi; Muammar Qadhafi; Moammar Kadafi | Gaddafi*; Qaddafi*; Gadhafi*; Kadhafi*; Qadhafi*; Kadafi*
LBY | GOV | son of Muammar Gaddafi | Saif al-Islam Gaddafi; Saif al-Islam Qaddafi | 
LBY | GOV | Prime Minister of the Government of National Accord 2016-2021 | Fayez al-Sarraj; Fayez Sarraj; Fayez al-Serraj | Sarraj*; al-Sarraj*; Serraj*
LBY | MIL | commander of the Libyan National Army | Khalifa Haftar; Khalifa Hifter | Haftar*; Hifter*
LBY | GOV | Prime Minister of Libya since 2021 | Abdul Hamid Dbeibah; Abdulhamid Dbeibah | Dbeibah*
DZA | GOV | President of Algeria 1999-2019 | Abdelaziz Bouteflika | Bouteflika*
DZA | GOV | President of Algeria since 2019 | Abdelmadjid Tebboune | Tebboune*
DZA | GOV | President of Algeria 1994-1999 | Liamine Zeroual | Zeroual*
DZA | GOV | President of Algeria 1979-1992 | Chadli Bendjedid | Bendjedid*
DZA | GOV | Foreign Minister of Algeria; UN envoy | Lakhdar Brahimi | Brahimi*
MAR | GOV | King of Morocco since 1999 | King Mohammed VI; Mohammed VI | 
MAR | GOV | King of Morocco 1961-1999 | King Hassan II; Hassan II | 
TUN | GOV | President of Tunisia 1987-2011 | Zine El Abidine Ben Ali; Zine al-Abidine Ben Ali | Ben Ali*
TUN | GOV | President of Tunisia since 2019 | Kais Saied; Kaïs Saïed | Saied*
TUN | GOV | President of Tunisia 2014-2019 | Beji Caid Essebsi; Béji Caïd Essebsi | Essebsi*
TUN | OPP | Ennahda leader | Rached Ghannouchi; Rachid Ghannouchi | Ghannouchi*
# --- Sub-Saharan Africa
SDN | GOV | President of Sudan 1989-2019 | Omar al-Bashir; Omar Hassan al-Bashir; Omar el-Bashir; Omar Bashir; Omar Hassan Ahmad al-Bashir; Omar El Bashir | Bashir; al-Bashir; el-Bashir
SDN | MIL | head of the Sovereignty Council since 2019 | Abdel Fattah al-Burhan; Abdel-Fattah Burhan | Burhan*; al-Burhan*
RSF | PRM | commander of the Rapid Support Forces | Mohamed Hamdan Dagalo; Hemedti; Hemeti | Dagalo*; Hemedti*
SDN | OPP | Islamist leader | Hassan al-Turabi; Hassan Turabi | Turabi*
SDN | REB | SPLM leader; First Vice President 2005 | John Garang | Garang*
SSD | GOV | President of South Sudan since 2005 | Salva Kiir; Salva Kiir Mayardit | Kiir*
SPLA_IO | REB | SPLM-IO leader; First Vice President | Riek Machar | Machar*
ETH | GOV | Prime Minister of Ethiopia 1995-2012 | Meles Zenawi | Zenawi*; Meles
ETH | GOV | Prime Minister of Ethiopia since 2018 | Abiy Ahmed; Abiy Ahmed Ali | Abiy*
ETH | GOV | Prime Minister of Ethiopia 2012-2018 | Hailemariam Desalegn | Hailemariam*; Desalegn*
ETH | GOV | ruler of Ethiopia 1977-1991 | Mengistu Haile Mariam | Mengistu*
ERI | GOV | President of Eritrea since 1993 | Isaias Afwerki; Isaias Afewerki | Afwerki*; Afewerki*
SOM | GOV | President of Somalia 2012-2017, since 2022 | Hassan Sheikh Mohamud | Mohamud
SOM | GOV | President of Somalia 2017-2022 | Mohamed Abdullahi Farmajo; Mohamed Abdullahi Mohamed; Farmaajo | Farmajo*; Farmaajo*
SOM | GOV | ruler of Somalia 1969-1991 | Siad Barre; Mohamed Siad Barre | Barre
SOM | REB | Somali warlord | Mohamed Farrah Aidid; Mohamed Farah Aidid | Aidid*
KEN | GOV | President of Kenya 1978-2002 | Daniel arap Moi; Daniel Arap Moi | Moi
KEN | GOV | President of Kenya 2002-2013 | Mwai Kibaki | Kibaki*
KEN | GOV | President of Kenya 2013-2022 | Uhuru Kenyatta | Kenyatta*
KEN | GOV | President of Kenya since 2022 | William Ruto | Ruto*
KEN | GOV | Prime Minister of Kenya 2008-2013; opposition leader | Raila Odinga | Odinga*
KEN | GOV | Vice President of Kenya 2003-2005 | Moody Awori | Awori*
UGA | GOV | President of Uganda since 1986 | Yoweri Museveni; Yoweri Kaguta Museveni | Museveni*
UGA | GOV | ruler of Uganda 1971-1979 | Idi Amin; Idi Amin Dada | Amin
UGA | OPP | opposition leader | Kizza Besigye | Besigye*
UGA | OPP | opposition leader | Bobi Wine; Robert Kyagulanyi | 
RWA | GOV | President of Rwanda since 2000 | Paul Kagame | Kagame*
RWA | GOV | President of Rwanda 1973-1994 | Juvenal Habyarimana; Juvénal Habyarimana | Habyarimana*
BDI | GOV | President of Burundi 2005-2020 | Pierre Nkurunziza | Nkurunziza*
BDI | GOV | President of Burundi | Pierre Buyoya | Buyoya*
TZA | GOV | President of Tanzania 2015-2021 | John Magufuli; John Pombe Magufuli | Magufuli*
TZA | GOV | President of Tanzania 2005-2015 | Jakaya Kikwete | Kikwete*
TZA | GOV | President of Tanzania 1995-2005 | Benjamin Mkapa | Mkapa*
TZA | GOV | President of Tanzania 1964-1985 | Julius Nyerere | Nyerere*
COD | GOV | President of the DR Congo 2001-2019 | Joseph Kabila | Kabila
COD | GOV | President of the DR Congo 1997-2001 | Laurent-Desire Kabila; Laurent-Désiré Kabila; Laurent Kabila | Kabila
COD | GOV | President of Zaire 1965-1997 | Mobutu Sese Seko; Mobutu | Mobutu*
COD | GOV | President of the DR Congo since 2019 | Felix Tshisekedi; Félix Tshisekedi | Tshisekedi
COD | OPP | opposition leader | Etienne Tshisekedi; Étienne Tshisekedi | Tshisekedi
COD | REB | rebel leader; Vice President | Jean-Pierre Bemba | Bemba*
COG | GOV | President of the Republic of the Congo | Denis Sassou Nguesso; Denis Sassou-Nguesso | Sassou Nguesso*; Sassou-Nguesso*
CAF | GOV | President of the Central African Republic 2003-2013 | Francois Bozize; François Bozizé | Bozize*; Bozizé*
CAF | GOV | President of the Central African Republic since 2016 | Faustin-Archange Touadera; Faustin-Archange Touadéra | Touadera*; Touadéra*
TCD | GOV | President of Chad 1990-2021 | Idriss Deby; Idriss Déby; Idriss Deby Itno | Deby; Déby
TCD | GOV | President of Chad since 2021 | Mahamat Idriss Deby; Mahamat Déby | Deby; Déby
TCD | GOV | President of Chad 1982-1990 | Hissene Habre; Hissène Habré | Habre*; Habré*
NGA | GOV | President of Nigeria 2015-2023; military ruler 1983-1985 | Muhammadu Buhari | Buhari*
NGA | GOV | President of Nigeria 2010-2015 | Goodluck Jonathan; Goodluck Ebele Jonathan | Jonathan
NGA | GOV | President of Nigeria 1999-2007; military ruler 1976-1979 | Olusegun Obasanjo | Obasanjo*
NGA | GOV | President of Nigeria 2007-2010 | Umaru Yar'Adua; Umaru Musa Yar'Adua; Umaru Yar'adua | Yar'Adua*
NGA | GOV | President of Nigeria since 2023 | Bola Tinubu; Bola Ahmed Tinubu | Tinubu*
NGA | GOV | military ruler 1993-1998 | Sani Abacha | Abacha*
NGA | GOV | military ruler 1985-1993 | Ibrahim Babangida | Babangida*
NGA | GOV | military ruler 1998-1999 | Abdulsalami Abubakar | Abubakar
GHA | GOV | President of Ghana 1981-2001 | Jerry Rawlings | Rawlings*
GHA | GOV | President of Ghana 2001-2009 | John Kufuor; John Agyekum Kufuor | Kufuor*
GHA | GOV | President of Ghana 2017-2025 | Nana Akufo-Addo | Akufo-Addo*
GHA | GOV | President of Ghana 2012-2017, since 2025 | John Mahama; John Dramani Mahama | Mahama*
CIV | GOV | President of Ivory Coast since 2010 | Alassane Ouattara | Ouattara*
CIV | GOV | President of Ivory Coast 2000-2010 | Laurent Gbagbo | Gbagbo*
CIV | GOV | President of Ivory Coast 1993-1999 | Henri Konan Bedie; Henri Konan Bédié | Bedie*; Bédié*
CIV | GOV | President of Ivory Coast 1960-1993 | Felix Houphouet-Boigny; Félix Houphouët-Boigny | Houphouet-Boigny*
CIV | REB | rebel leader; Prime Minister 2007-2012 | Guillaume Soro | Soro*
LBR | GOV | President of Liberia 1997-2003 | Charles Taylor | Taylor
LBR | GOV | President of Liberia 2006-2018 | Ellen Johnson Sirleaf; Ellen Johnson-Sirleaf | Johnson Sirleaf*; Sirleaf*
LBR | GOV | President of Liberia 2018-2024 | George Weah | Weah*
LBR | GOV | President of Liberia 1980-1990 | Samuel Doe; Samuel K. Doe | Doe
SLE | GOV | President of Sierra Leone 1996-2007 | Ahmad Tejan Kabbah | Kabbah*
SLE | REB | RUF leader | Foday Sankoh | Sankoh*
SEN | GOV | President of Senegal 2000-2012 | Abdoulaye Wade | Wade
SEN | GOV | President of Senegal 2012-2024 | Macky Sall | Sall
MLI | GOV | President of Mali 2013-2020 | Ibrahim Boubacar Keita; Ibrahim Boubacar Keïta | Keita
MLI | GOV | President of Mali 2002-2012 | Amadou Toumani Toure; Amadou Toumani Touré | Toure; Touré
MLI | MIL | junta leader since 2021 | Assimi Goita; Assimi Goïta | Goita*; Goïta*
BFA | GOV | President of Burkina Faso 1987-2014 | Blaise Compaore; Blaise Compaoré | Compaore*; Compaoré*
BFA | MIL | junta leader since 2022 | Ibrahim Traore; Ibrahim Traoré | Traore; Traoré
NER | GOV | President of Niger 2011-2021 | Mahamadou Issoufou | Issoufou*
NER | GOV | President of Niger 2021-2023 | Mohamed Bazoum | Bazoum*
NER | MIL | junta leader since 2023 | Abdourahamane Tchiani; Abdourahamane Tiani | Tchiani*; Tiani*
GIN | GOV | President of Guinea 2010-2021 | Alpha Conde; Alpha Condé | Conde; Condé
GIN | GOV | President of Guinea 1984-2008 | Lansana Conte; Lansana Conté | Conte; Conté
GMB | GOV | President of the Gambia 1994-2017 | Yahya Jammeh | Jammeh*
TGO | GOV | President of Togo 1967-2005 | Gnassingbe Eyadema; Gnassingbé Eyadéma | Eyadema*; Eyadéma*
TGO | GOV | President of Togo since 2005 | Faure Gnassingbe; Faure Gnassingbé | Gnassingbe; Gnassingbé
CMR | GOV | President of Cameroon since 1982 | Paul Biya | Biya*
GAB | GOV | President of Gabon 1967-2009 | Omar Bongo; Omar Bongo Ondimba | Bongo
GAB | GOV | President of Gabon 2009-2023 | Ali Bongo; Ali Bongo Ondimba | Bongo
GNQ | GOV | President of Equatorial Guinea since 1979 | Teodoro Obiang Nguema; Teodoro Obiang Nguema Mbasogo | Obiang*
AGO | GOV | President of Angola 1979-2017 | Jose Eduardo dos Santos; José Eduardo dos Santos | dos Santos*
AGO | GOV | President of Angola since 2017 | Joao Lourenco; João Lourenço | Lourenco*; Lourenço*
AGO | REB | UNITA leader | Jonas Savimbi | Savimbi*
MOZ | GOV | President of Mozambique 2005-2015 | Armando Guebuza | Guebuza*
MOZ | GOV | President of Mozambique 1986-2005 | Joaquim Chissano | Chissano*
MOZ | GOV | President of Mozambique 2015-2025 | Filipe Nyusi | Nyusi*
MOZ | OPP | Renamo leader | Afonso Dhlakama | Dhlakama*
ZWE | GOV | President of Zimbabwe 1987-2017; Prime Minister 1980-1987 | Robert Mugabe; Robert Gabriel Mugabe | Mugabe*
ZWE | GOV | President of Zimbabwe since 2017 | Emmerson Mnangagwa | Mnangagwa*
ZWE | OPP | opposition leader; Prime Minister 2009-2013 | Morgan Tsvangirai | Tsvangirai*
ZAF | GOV | President of South Africa 1994-1999 | Nelson Mandela; Nelson Rolihlahla Mandela | Mandela*
ZAF | GOV | President of South Africa 1999-2008 | Thabo Mbeki | Mbeki*
ZAF | GOV | President of South Africa 2009-2018 | Jacob Zuma | Zuma*
ZAF | GOV | President of South Africa since 2018 | Cyril Ramaphosa | Ramaphosa*
ZAF | GOV | President of South Africa 1989-1994 | F.W. de Klerk; F. W. de Klerk; Frederik Willem de Klerk; FW de Klerk | de Klerk*
ZAF | GOV | President of South Africa 1978-1989 | P.W. Botha; P. W. Botha; Pieter Willem Botha | Botha
ZAF | GOV | Zulu leader, Inkatha | Mangosuthu Buthelezi | Buthelezi*
ZMB | GOV | President of Zambia 2002-2008 | Levy Mwanawasa | Mwanawasa*
ZMB | GOV | President of Zambia 1991-2002 | Frederick Chiluba | Chiluba*
ZMB | GOV | President of Zambia 1964-1991 | Kenneth Kaunda | Kaunda*
ZMB | GOV | President of Zambia since 2021 | Hakainde Hichilema | Hichilema*
MWI | GOV | President of Malawi 1994-2004 | Bakili Muluzi | Muluzi*
MWI | GOV | President of Malawi 1964-1994 | Hastings Banda; Hastings Kamuzu Banda | Banda
NAM | GOV | President of Namibia 1990-2005 | Sam Nujoma | Nujoma*
BWA | GOV | President of Botswana 2008-2018 | Ian Khama | Khama*
MDG | GOV | President of Madagascar 2002-2009 | Marc Ravalomanana | Ravalomanana*
MDG | GOV | President of Madagascar 2009-2014, since 2019 | Andry Rajoelina | Rajoelina*
# --- South and Central Asia
AFG | GOV | President of Afghanistan 2001-2014 | Hamid Karzai | Karzai*
AFG | GOV | President of Afghanistan 2014-2021 | Ashraf Ghani; Mohammad Ashraf Ghani | Ghani*
AFG | GOV | Chief Executive of Afghanistan 2014-2020 | Abdullah Abdullah | 
AFG | GOV | President of Afghanistan 1992-2001 | Burhanuddin Rabbani | Rabbani
AFG | MIL | Northern Alliance commander | Ahmad Shah Massoud; Ahmed Shah Massoud | Massoud
AFG | GOV | Vice President of Afghanistan; militia leader | Abdul Rashid Dostum; Rashid Dostum | Dostum*
AFG | REB | Hezb-e-Islami leader; Prime Minister of Afghanistan | Gulbuddin Hekmatyar | Hekmatyar*
AFG | GOV | President of Afghanistan 1987-1992 | Mohammad Najibullah; Najibullah | Najibullah*
PAK | GOV | President of Pakistan 2001-2008; army chief | Pervez Musharraf | Musharraf*
PAK | GOV | Prime Minister of Pakistan 1990-1993, 1997-1999, 2013-2017 | Nawaz Sharif; Mian Nawaz Sharif; Muhammad Nawaz Sharif | Sharif
PAK | GOV | Prime Minister of Pakistan 2022-2023, since 2024 | Shehbaz Sharif; Shahbaz Sharif | Sharif
PAK | GOV | Prime Minister of Pakistan 1988-1990, 1993-1996 | Benazir Bhutto | Bhutto
PAK | GOV | President of Pakistan 2008-2013 | Asif Ali Zardari; Asif Zardari | Zardari*
PAK | GOV | Prime Minister of Pakistan 2018-2022 | Imran Khan | Khan
PAK | GOV | Prime Minister of Pakistan 2008-2012 | Yousuf Raza Gilani; Yousaf Raza Gilani | Gilani
PAK | GOV | President of Pakistan 1978-1988 | Zia ul-Haq; Muhammad Zia-ul-Haq; General Zia | Zia
PAK | MIL | army chief 2007-2013 | Ashfaq Parvez Kayani; Ashfaq Kayani | Kayani*
PAK | MIL | army chief 2016-2022 | Qamar Javed Bajwa | Bajwa
PAK | MIL | army chief since 2022 | Asim Munir | Munir
PAK | MIL | army chief 2013-2016 | Raheel Sharif | Sharif
PAK | OPP | Islamist party leader | Maulana Fazlur Rehman; Fazl-ur-Rehman; Maulana Fazl-ur-Rehman; Fazlur Rehman | 
PAK | GOV | Interior Minister of Pakistan 2004-2007 | Aftab Ahmad Khan Sherpao; Aftab Sherpao | Sherpao*
TTP | REB | Pakistani Taliban leader | Baitullah Mehsud | Mehsud
TTP | REB | Pakistani Taliban leader | Hakimullah Mehsud | Mehsud
LET | REB | Lashkar-e-Taiba founder | Hafiz Saeed; Hafiz Muhammad Saeed | 
JEM | REB | Jaish-e-Mohammed founder | Masood Azhar; Maulana Masood Azhar | Azhar
IND | GOV | Prime Minister of India since 2014 | Narendra Modi; Narendra Damodardas Modi | Modi*
IND | GOV | Prime Minister of India 2004-2014 | Manmohan Singh | Singh
IND | GOV | Prime Minister of India 1998-2004 | Atal Bihari Vajpayee | Vajpayee*
IND | GOV | Prime Minister of India 1984-1989 | Rajiv Gandhi | Gandhi
IND | GOV | Congress party leader | Sonia Gandhi | Gandhi
IND | OPP | Congress party leader | Rahul Gandhi | Gandhi
IND | GOV | Prime Minister of India 1991-1996 | P.V. Narasimha Rao; P. V. Narasimha Rao; Narasimha Rao | Rao
IND | GOV | Foreign Minister of India since 2019 | Subrahmanyam Jaishankar; S. Jaishankar | Jaishankar*
IND | GOV | Home Minister of India since 2019 | Amit Shah | Shah
IND | GOV | Deputy Prime Minister of India 2002-2004 | L.K. Advani; L. K. Advani; Lal Krishna Advani | Advani*
BGD | GOV | Prime Minister of Bangladesh 1996-2001, 2009-2024 | Sheikh Hasina; Sheikh Hasina Wajed | Hasina*
BGD | GOV | Prime Minister of Bangladesh 1991-1996, 2001-2006 | Khaleda Zia | Zia
BGD | GOV | head of the interim government 2024 | Muhammad Yunus | Yunus
LKA | GOV | President of Sri Lanka 2005-2015 | Mahinda Rajapaksa; Mahinda Rajapakse | Rajapaksa; Rajapakse
LKA | GOV | President of Sri Lanka 2019-2022 | Gotabaya Rajapaksa; Gotabhaya Rajapaksa | Rajapaksa
LKA | GOV | President of Sri Lanka 1994-2005 | Chandrika Kumaratunga; Chandrika Bandaranaike Kumaratunga | Kumaratunga*
LKA | GOV | President of Sri Lanka 2015-2019 | Maithripala Sirisena | Sirisena*
LKA | GOV | Prime Minister and President of Sri Lanka | Ranil Wickremesinghe | Wickremesinghe*
NPL | GOV | King of Nepal 2001-2008 | King Gyanendra; Gyanendra Bir Bikram Shah | Gyanendra*
NPL | GOV | Maoist leader; Prime Minister of Nepal | Pushpa Kamal Dahal; Prachanda | Prachanda*; Dahal*
NPL | GOV | Prime Minister of Nepal | Sher Bahadur Deuba | Deuba*
NPL | GOV | Prime Minister of Nepal | K.P. Sharma Oli; KP Sharma Oli; Khadga Prasad Oli | Oli
NPL | GOV | Prime Minister of Nepal | Girija Prasad Koirala | Koirala*
MDV | GOV | President of the Maldives 1978-2008 | Maumoon Abdul Gayoom | Gayoom*
MDV | GOV | President of the Maldives 2008-2012 | Mohamed Nasheed | Nasheed*
# --- East and Southeast Asia, Pacific
CHN | GOV | President of China since 2013 | Xi Jinping | Xi
CHN | GOV | President of China 2003-2013 | Hu Jintao | Hu
CHN | GOV | President of China 1993-2003 | Jiang Zemin | Jiang
CHN | GOV | Premier of China 2003-2013 | Wen Jiabao | Wen
CHN | GOV | Premier of China 2013-2023 | Li Keqiang | 
CHN | GOV | Premier of China since 2023 | Li Qiang | 
CHN | GOV | Premier of China 1998-2003 | Zhu Rongji | Zhu
CHN | GOV | Premier of China 1987-1998 | Li Peng | 
CHN | GOV | paramount leader of China 1978-1989 | Deng Xiaoping | Deng
CHN | GOV | Foreign Minister of China since 2013 | Wang Yi | 
CHN | GOV | Foreign Minister of China 2003-2007 | Li Zhaoxing | 
CHN | GOV | Foreign Minister of China 2007-2013 | Yang Jiechi | 
CHN | GOV | Foreign Minister of China 1998-2003 | Tang Jiaxuan | 
CHN | GOV | Foreign Minister of China 1988-1998 | Qian Qichen | Qian
CHN | GOV | Foreign Ministry spokeswoman | Hua Chunying | 
CHN | GOV | Foreign Ministry spokesman | Zhao Lijian | 
TWN | GOV | President of Taiwan 2000-2008 | Chen Shui-bian | 
TWN | GOV | President of Taiwan 2008-2016 | Ma Ying-jeou | 
TWN | GOV | President of Taiwan 2016-2024 | Tsai Ing-wen | 
TWN | GOV | President of Taiwan since 2024 | Lai Ching-te; William Lai | 
TWN | GOV | President of Taiwan 1988-2000 | Lee Teng-hui | 
HKG | GOV | Chief Executive of Hong Kong 2017-2022 | Carrie Lam | 
PRK | GOV | leader of North Korea since 2011 | Kim Jong-un; Kim Jong Un; Kim Jong-Un | 
PRK | GOV | leader of North Korea 1994-2011 | Kim Jong-il; Kim Jong Il; Kim Jong-Il | 
PRK | GOV | leader of North Korea 1948-1994 | Kim Il-sung; Kim Il Sung; Kim Il-Sung | 
PRK | GOV | Kim Jong-un's sister, senior official | Kim Yo-jong; Kim Yo Jong | 
PRK | GOV | Foreign Minister of North Korea | Ri Yong-ho; Ri Yong Ho | 
PRK | GOV | nominal head of state 1998-2019 | Kim Yong-nam; Kim Yong Nam | 
KOR | GOV | President of South Korea 2013-2017 | Park Geun-hye; Park Geun-Hye | 
KOR | GOV | President of South Korea 2017-2022 | Moon Jae-in; Moon Jae-In | 
KOR | GOV | President of South Korea 2008-2013 | Lee Myung-bak; Lee Myung-Bak | 
KOR | GOV | President of South Korea 2003-2008 | Roh Moo-hyun; Roh Moo-Hyun | Roh
KOR | GOV | President of South Korea 1998-2003 | Kim Dae-jung; Kim Dae-Jung | 
KOR | GOV | President of South Korea 1993-1998 | Kim Young-sam; Kim Young-Sam | 
KOR | GOV | President of South Korea 1988-1993 | Roh Tae-woo; Roh Tae-Woo | Roh
KOR | GOV | President of South Korea 2022-2025 | Yoon Suk-yeol; Yoon Suk Yeol | Yoon
KOR | GOV | President of South Korea since 2025 | Lee Jae-myung; Lee Jae-Myung | 
JPN | GOV | Prime Minister of Japan 2006-2007, 2012-2020 | Shinzo Abe; Shinzō Abe | Abe
JPN | GOV | Prime Minister of Japan 2001-2006 | Junichiro Koizumi | Koizumi*
JPN | GOV | Prime Minister of Japan 2020-2021 | Yoshihide Suga | Suga
JPN | GOV | Prime Minister of Japan 2021-2024 | Fumio Kishida | Kishida*
JPN | GOV | Prime Minister of Japan 2024-2025 | Shigeru Ishiba | Ishiba*
JPN | GOV | Prime Minister of Japan since 2025 | Sanae Takaichi | Takaichi*
JPN | GOV | Prime Minister of Japan 2009-2010 | Yukio Hatoyama | Hatoyama*
JPN | GOV | Prime Minister of Japan 2011-2012 | Yoshihiko Noda | Noda
JPN | GOV | Prime Minister of Japan 2010-2011 | Naoto Kan | Kan
JPN | GOV | Prime Minister of Japan 2008-2009 | Taro Aso | Aso
JPN | GOV | Prime Minister of Japan 1996-1998 | Ryutaro Hashimoto | Hashimoto
JPN | GOV | Prime Minister of Japan 2007-2008 | Yasuo Fukuda | Fukuda
JPN | GOV | Prime Minister of Japan 1982-1987 | Yasuhiro Nakasone | Nakasone*
JPN | GOV | Emperor of Japan 1989-2019 | Emperor Akihito; Akihito | Akihito*
VNM | GOV | Prime Minister of Vietnam 2006-2016 | Nguyen Tan Dung; Nguyễn Tấn Dũng | 
VNM | GOV | General Secretary of the Communist Party of Vietnam 2011-2024 | Nguyen Phu Trong; Nguyễn Phú Trọng | 
KHM | GOV | Prime Minister of Cambodia 1985-2023 | Hun Sen | 
KHM | GOV | Prime Minister of Cambodia since 2023 | Hun Manet | 
KHM | GOV | King of Cambodia | Norodom Sihanouk; King Norodom Sihanouk; Prince Norodom Sihanouk | Sihanouk*
KHM | OPP | Khmer Rouge leader | Pol Pot | 
KHM | OPP | opposition leader | Sam Rainsy | Rainsy*
THA | GOV | Prime Minister of Thailand 2001-2006 | Thaksin Shinawatra | Thaksin*; Shinawatra
THA | GOV | Prime Minister of Thailand 2011-2014 | Yingluck Shinawatra | Yingluck*; Shinawatra
THA | GOV | Prime Minister of Thailand 2014-2023 | Prayuth Chan-ocha; Prayut Chan-o-cha; Prayut Chan-ocha | Prayuth*; Prayut*
THA | GOV | Prime Minister of Thailand 2008-2011 | Abhisit Vejjajiva | Abhisit*; Vejjajiva*
THA | GOV | King of Thailand 1946-2016 | King Bhumibol Adulyadej; Bhumibol Adulyadej | Bhumibol*
MMR | GOV | State Counsellor of Myanmar 2016-2021; opposition leader | Aung San Suu Kyi; Daw Aung San Suu Kyi | Suu Kyi*
MMR | MIL | commander-in-chief; junta leader since 2021 | Min Aung Hlaing | 
MMR | GOV | junta leader 1992-2011 | Than Shwe | 
MMR | GOV | President of Myanmar 2011-2016 | Thein Sein | 
MYS | GOV | Prime Minister of Malaysia 1981-2003, 2018-2020 | Mahathir Mohamad; Mahathir bin Mohamad | Mahathir*
MYS | GOV | Prime Minister of Malaysia 2009-2018 | Najib Razak; Najib Tun Razak | Najib*; Razak
MYS | GOV | Prime Minister of Malaysia since 2022 | Anwar Ibrahim | Anwar
MYS | GOV | Prime Minister of Malaysia 2003-2009 | Abdullah Ahmad Badawi | Badawi*
SGP | GOV | Prime Minister of Singapore 1959-1990 | Lee Kuan Yew | 
SGP | GOV | Prime Minister of Singapore 2004-2024 | Lee Hsien Loong | 
IDN | GOV | President of Indonesia 1967-1998 | Suharto; Soeharto | Suharto*; Soeharto*
IDN | GOV | President of Indonesia 2004-2014 | Susilo Bambang Yudhoyono | Yudhoyono*
IDN | GOV | President of Indonesia 2014-2024 | Joko Widodo; Jokowi | Widodo*; Jokowi*
IDN | GOV | President of Indonesia since 2024; Defence Minister 2019-2024 | Prabowo Subianto | Prabowo*; Subianto*
IDN | GOV | President of Indonesia 2001-2004 | Megawati Sukarnoputri | Megawati*; Sukarnoputri*
IDN | GOV | President of Indonesia 1999-2001 | Abdurrahman Wahid | Wahid
IDN | GOV | President of Indonesia 1998-1999 | B.J. Habibie; B. J. Habibie; Bacharuddin Jusuf Habibie | Habibie*
PHL | GOV | President of the Philippines 2016-2022 | Rodrigo Duterte | Duterte*
PHL | GOV | President of the Philippines 2001-2010 | Gloria Macapagal Arroyo; Gloria Arroyo | Arroyo
PHL | GOV | President of the Philippines 1998-2001 | Joseph Estrada | Estrada
PHL | GOV | President of the Philippines 2010-2016 | Benigno Aquino III; Benigno Aquino; Noynoy Aquino | Aquino
PHL | GOV | President of the Philippines 1986-1992 | Corazon Aquino; Cory Aquino | Aquino
PHL | GOV | President of the Philippines since 2022 | Ferdinand Marcos Jr.; Bongbong Marcos | Marcos
PHL | GOV | President of the Philippines 1965-1986 | Ferdinand Marcos | Marcos
PHL | GOV | President of the Philippines 1992-1998 | Fidel Ramos; Fidel V. Ramos | Ramos
TLS | GOV | President of East Timor | Xanana Gusmao; Xanana Gusmão | Gusmao*; Gusmão*
TLS | GOV | President of East Timor | Jose Ramos-Horta; José Ramos-Horta | Ramos-Horta*
FJI | GOV | Prime Minister of Fiji 1999-2000 | Mahendra Chaudhry | Chaudhry
FJI | GOV | Prime Minister of Fiji 2007-2022; coup leader | Frank Bainimarama; Voreqe Bainimarama | Bainimarama*
FJI | GOV | coup leader; Prime Minister of Fiji | Sitiveni Rabuka | Rabuka*
AUS | GOV | Prime Minister of Australia 1996-2007 | John Howard | Howard
AUS | GOV | Prime Minister of Australia 2007-2010, 2013 | Kevin Rudd | Rudd*
AUS | GOV | Prime Minister of Australia 2010-2013 | Julia Gillard | Gillard*
AUS | GOV | Prime Minister of Australia 2013-2015 | Tony Abbott | Abbott
AUS | GOV | Prime Minister of Australia 2015-2018 | Malcolm Turnbull | Turnbull*
AUS | GOV | Prime Minister of Australia 2018-2022 | Scott Morrison | Morrison
AUS | GOV | Prime Minister of Australia since 2022 | Anthony Albanese | Albanese*
AUS | GOV | Foreign Minister of Australia 1996-2007 | Alexander Downer | Downer*
NZL | GOV | Prime Minister of New Zealand 1999-2008 | Helen Clark | Clark
NZL | GOV | Prime Minister of New Zealand 2017-2023 | Jacinda Ardern | Ardern*
NZL | GOV | Prime Minister of New Zealand 2008-2016 | John Key | Key
# --- international organisations
UN | - | UN Secretary-General 1997-2006 | Kofi Annan; Kofi A. Annan | Annan*
UN | - | UN Secretary-General 2007-2016 | Ban Ki-moon; Ban Ki Moon | Ban
UN | - | UN Secretary-General since 2017 | Antonio Guterres; António Guterres | Guterres*
UN | - | UN Secretary-General 1992-1996 | Boutros Boutros-Ghali; Boutros Boutros Ghali | Boutros-Ghali*
UN | - | UN Secretary-General 1982-1991 | Javier Perez de Cuellar; Javier Pérez de Cuéllar | Perez de Cuellar*; Pérez de Cuéllar*
UN | - | UN envoy for Syria 2014-2019 | Staffan de Mistura | de Mistura*
UN | - | UN envoy for Syria 2019-2024 | Geir Pedersen | Pedersen
UN | - | UN envoy for Yemen 2018-2021 | Martin Griffiths | Griffiths
UN | - | UN High Commissioner for Human Rights 2008-2014 | Navi Pillay | Pillay*
UN | - | UN High Commissioner for Human Rights 2014-2018 | Zeid Ra'ad al-Hussein; Zeid Ra'ad Al Hussein | Zeid*
UN | - | chief weapons inspector | Hans Blix | Blix*
UN | - | UN refugee chief; High Commissioner for Refugees 1991-2000 | Sadako Ogata | Ogata*
UN | - | UN envoy; High Commissioner for Human Rights | Sergio Vieira de Mello; Sérgio Vieira de Mello | Vieira de Mello*
UNHCR | - | UN High Commissioner for Refugees 2016-2023 | Filippo Grandi | Grandi*
IAEA | - | IAEA Director-General since 2019 | Rafael Grossi; Rafael Mariano Grossi | Grossi*
IAEA | - | IAEA Director-General 2009-2019 | Yukiya Amano | Amano*
WHO | - | WHO Director-General since 2017 | Tedros Adhanom Ghebreyesus; Tedros Adhanom | Tedros*
NATO | - | NATO Secretary-General 2014-2024 | Jens Stoltenberg | Stoltenberg*
NATO | - | NATO Secretary-General 2009-2014 | Anders Fogh Rasmussen | Rasmussen
NATO | - | NATO Secretary-General 2004-2009 | Jaap de Hoop Scheffer | de Hoop Scheffer*; Scheffer*
NATO | - | NATO Secretary-General 1999-2003 | George Robertson; Lord Robertson | Robertson
NATO | - | NATO Secretary-General 1995-1999; EU foreign policy chief 1999-2009 | Javier Solana | Solana*
EU | - | EU foreign policy chief 2009-2014 | Catherine Ashton | Ashton
EU | - | EU foreign policy chief 2014-2019 | Federica Mogherini | Mogherini*
EU | - | EU foreign policy chief 2019-2024 | Josep Borrell | Borrell*
EU | - | President of the European Commission since 2019 | Ursula von der Leyen | von der Leyen*
EU | - | President of the European Commission 2014-2019 | Jean-Claude Juncker | Juncker*
EU | - | President of the European Commission 2004-2014 | Jose Manuel Barroso; José Manuel Barroso | Barroso*
EU | - | President of the European Commission 1985-1995 | Jacques Delors | Delors*
EU | - | President of the European Council 2009-2014 | Herman Van Rompuy | Van Rompuy*
EU | - | President of the European Council 2019-2024 | Charles Michel | Michel
ARAB_LEAGUE | - | Arab League Secretary-General 2011-2016 | Nabil Elaraby; Nabil al-Araby; Nabil el-Araby | Elaraby*; al-Araby*; el-Araby*
ARAB_LEAGUE | - | Arab League Secretary-General since 2016 | Ahmed Aboul Gheit; Ahmed Aboul-Gheit | Aboul Gheit*; Aboul-Gheit*
ARAB_LEAGUE | - | Arab League Secretary-General 1991-2001 | Esmat Abdel Meguid; Ismat Abdel-Meguid | Abdel Meguid*; Abdel-Meguid*
AU | - | African Union Commission chairman 2017-2025 | Moussa Faki Mahamat; Moussa Faki | Faki*
AU | - | African Union Commission chairwoman 2012-2017 | Nkosazana Dlamini-Zuma | Dlamini-Zuma*
AU | - | African Union Commission chairman 2008-2012 | Jean Ping | Ping
AU | - | African Union Commission chairman 2003-2008 | Alpha Oumar Konare; Alpha Oumar Konaré | Konare*; Konaré*
OPCW | - | OPCW Director-General | Ahmet Uzumcu; Ahmet Üzümcü | Uzumcu*; Üzümcü*
IMF | - | IMF Managing Director 2011-2019 | Christine Lagarde | Lagarde*
IMF | - | IMF Managing Director 2007-2011 | Dominique Strauss-Kahn | Strauss-Kahn*
IMF | - | IMF Managing Director since 2019 | Kristalina Georgieva | Georgieva*
WORLD_BANK | - | World Bank President 1995-2005 | James Wolfensohn | Wolfensohn*
WORLD_BANK | - | World Bank President 2005-2007 | Paul Wolfowitz | Wolfowitz*
ICC | - | ICC prosecutor 2003-2012 | Luis Moreno Ocampo; Luis Moreno-Ocampo | Moreno-Ocampo*; Moreno Ocampo*
ICC | - | ICC prosecutor 2012-2021 | Fatou Bensouda | Bensouda*
ICC | - | ICC prosecutor since 2021 | Karim Khan; Karim A. A. Khan | 
ICRC | - | ICRC President 2012-2022 | Peter Maurer | Maurer
"""
