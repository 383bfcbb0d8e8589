"""Professional sports teams, written with their city ("the Chicago Bears game", "a Dallas Cowboys fan").

A pro team's city is no place of the client's, and the team no identifier, so the scanner keeps the whole name
apart, as it does a client code. NFL, NBA, MLB, NHL, MLS and WNBA as of 2026; a hand list, as no offline data
set of teams exists here.
"""

from __future__ import annotations

import re

#: City (or state or region) and the team names that go with it.
_TEAMS: dict[str, str] = {
    "Arizona": "Cardinals|Diamondbacks|Coyotes",
    "Atlanta": "Falcons|Hawks|Braves|United|Dream",
    "Baltimore": "Ravens|Orioles",
    "Boston": "Celtics|Red Sox|Bruins",
    "Brooklyn": "Nets",
    "Buffalo": "Bills|Sabres",
    "Carolina": "Panthers|Hurricanes",
    "Charlotte": "Hornets|FC",
    "Chicago": "Bears|Bulls|Cubs|White Sox|Blackhawks|Fire|Sky",
    "Cincinnati": "Bengals|Reds",
    "Cleveland": "Browns|Cavaliers|Cavs|Guardians",
    "Colorado": "Rockies|Avalanche|Rapids",
    "Columbus": "Blue Jackets|Crew",
    "Dallas": "Cowboys|Mavericks|Mavs|Stars|Wings",
    "Denver": "Broncos|Nuggets",
    "Detroit": "Lions|Pistons|Tigers|Red Wings",
    "Golden State": "Warriors|Valkyries",
    "Green Bay": "Packers",
    "Houston": "Texans|Rockets|Astros|Dynamo",
    "Indiana": "Pacers|Fever",
    "Indianapolis": "Colts",
    "Jacksonville": "Jaguars",
    "Kansas City": "Chiefs|Royals|Current",
    "Las Vegas": "Raiders|Golden Knights|Aces",
    "Los Angeles": "Rams|Chargers|Lakers|Clippers|Dodgers|Angels|Kings|FC|Sparks|Galaxy",
    "LA": "Rams|Chargers|Lakers|Clippers|Dodgers|Angels|Kings|Galaxy|Sparks",
    "Memphis": "Grizzlies",
    "Miami": "Dolphins|Heat|Marlins",
    "Milwaukee": "Bucks|Brewers",
    "Minnesota": "Vikings|Timberwolves|Twins|Wild|Lynx|United",
    "Montreal": "Canadiens",
    "Nashville": "Predators|SC",
    "New England": "Patriots|Revolution",
    "New Jersey": "Devils",
    "New Orleans": "Saints|Pelicans",
    "New York": "Giants|Jets|Knicks|Yankees|Mets|Rangers|Islanders|Liberty|Red Bulls|City FC",
    "NY": "Giants|Jets|Knicks|Yankees|Mets|Rangers|Islanders|Liberty",
    "Oakland": "Athletics|A's|Raiders",
    "Oklahoma City": "Thunder",
    "Orlando": "Magic|City",
    "Philadelphia": "Eagles|76ers|Sixers|Phillies|Flyers|Union",
    "Philly": "Eagles|Sixers|Phillies|Flyers",
    "Phoenix": "Suns|Mercury",
    "Pittsburgh": "Steelers|Pirates|Penguins",
    "Portland": "Trail Blazers|Blazers|Timbers|Thorns",
    "Sacramento": "Kings",
    "San Antonio": "Spurs",
    "San Diego": "Padres|FC",
    "San Francisco": "49ers|Giants",
    "San Jose": "Sharks|Earthquakes",
    "Seattle": "Seahawks|Mariners|Kraken|Sounders|Storm",
    "St. Louis": "Cardinals|Blues|City",
    "Tampa Bay": "Buccaneers|Bucs|Rays|Lightning",
    "Tennessee": "Titans",
    "Texas": "Rangers",
    "Toronto": "Raptors|Blue Jays|Maple Leafs|FC",
    "Utah": "Jazz|Hockey Club",
    "Vancouver": "Canucks|Whitecaps",
    "Vegas": "Golden Knights",
    "Washington": "Commanders|Wizards|Nationals|Capitals|Mystics|Spirit",
    "Winnipeg": "Jets",
    "Calgary": "Flames",
    "Edmonton": "Oilers",
    "Ottawa": "Senators",
    "Anaheim": "Ducks",
    "Florida": "Panthers",
}

#: Team names that the other rules would read as a person even without their city ("a Red Sox cap", "the
#: Phillies"); the rest are plain words ("Bears") or found with their city only.
_TEAMS_ALONE = (
    "Red[ ]Sox|White[ ]Sox|Phillies|Packers|Steelers|Seahawks|Buccaneers|Yankees|Dodgers|Lakers|Celtics|Knicks|"
    "Mets|Cubs|Astros|49ers|"
    # football (soccer) clubs that clients follow, named without a "city team" pattern
    "Real[ ]Madrid|Atl[eé]tico[ ]Madrid|FC[ ]Barcelona|Barcelona[ ]FC|Bar[cç]a|Manchester[ ]United|Man[ ]United|Man[ ]Utd|"
    "Manchester[ ]City|Man[ ]City|Liverpool[ ]FC|Arsenal|Chelsea[ ]FC|Tottenham(?:[ ]Hotspur)?|Bayern[ ]Munich|"
    "Borussia[ ]Dortmund|Paris[ ]Saint-Germain|PSG|Juventus|AC[ ]Milan|Inter[ ]Milan|Club[ ]Am[eé]rica|Chivas|"
    "Cruz[ ]Azul|Boca[ ]Juniors|River[ ]Plate|Inter[ ]Miami"
)

#: The alternation of every "<city> <team>", longest cities first, and of the teams named alone.
PRO_TEAMS = "|".join(
    rf"{re.escape(city).replace(chr(92) + ' ', '[ ]')}[ \t]+(?:{names})" for city, names in sorted(
        _TEAMS.items(), key=lambda kv: -len(kv[0]))
) + "|" + _TEAMS_ALONE
