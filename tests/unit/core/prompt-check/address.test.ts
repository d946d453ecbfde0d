import { at, covered, found } from './found';

describe('postal address', () => {
  it.each([
    ['fr', 'Elle habite rue de la Loi 16 depuis 2010.', 'rue de la Loi 16'],
    ['fr', 'Domicile : Rue Haute 290, 1000 Bruxelles.', 'Rue Haute 290, 1000 Bruxelles'],
    ['fr', 'avenue Louise 54 bte 3, au 2e étage', 'avenue Louise 54 bte 3'],
    ['fr', 'Avenue Louise 54/3', 'Avenue Louise 54/3'],
    ['fr', 'Il vit chaussée de Waterloo 123.', 'chaussée de Waterloo 123'],
    ['fr', 'Boulevard du Jardin Botanique 50, 1000 Bruxelles', 'Boulevard du Jardin Botanique 50, 1000 Bruxelles'],
    ['fr', 'Soins à domicile Place Flagey 7.', 'Place Flagey 7'],
    ['fr', 'Chaussée de Haecht 100, 1030 Schaerbeek', 'Chaussée de Haecht 100, 1030 Schaerbeek'],
    ['fr', 'Elle habite au 16, rue de la Loi.', '16, rue de la Loi'],
    ['fr', 'Adresse : Rue Haute, 1000 Bruxelles.', 'Rue Haute, 1000 Bruxelles'],
    ['nl', 'Hij woont in de Wetstraat 16.', 'Wetstraat 16'],
    ['nl', 'Adres: Kerkstraat 12 bus 3, 1050 Elsene.', 'Kerkstraat 12 bus 3, 1050 Elsene'],
    ['nl', 'Steenweg op Gent 12, Sint-Agatha-Berchem', 'Steenweg op Gent 12'],
    ['nl', 'Thuiszorg op de Koningin Astridlaan 3.', 'Koningin Astridlaan 3'],
    ['en', 'She lives at 12 Baker Street.', '12 Baker Street'],
    ['en', 'Lives at 221B Baker Street, near the station.', '221B Baker Street'],
    // Belgian addresses written number-first, as English prompts (and some French ones) write them: the number goes too.
    ['en', 'He lives at 134 Kerkstraat, 1050 Ixelles, with his wife.', '134 Kerkstraat, 1050 Ixelles'],
    ['en', 'She lives at 12 Avenue Louise, 1050 Ixelles.', '12 Avenue Louise, 1050 Ixelles'],
    ['fr', 'Elle habite au 12 Avenue Louise, 1050 Ixelles.', '12 Avenue Louise, 1050 Ixelles'],
    ['fr', 'Adresse : 16, rue de la Loi, 1000 Bruxelles', '16, rue de la Loi, 1000 Bruxelles'],
    ['nl', 'Hij woont op 7 Koningin Astridlaan, 1090 Jette.', '7 Koningin Astridlaan, 1090 Jette'],
    ['nl', 'Adres: 41 Bloeiende Boomgaardstraat bus 2, 1030 Schaarbeek', '41 Bloeiende Boomgaardstraat bus 2, 1030 Schaarbeek'],
  ] as const)('%s: finds "%s"', (lang, text, address) => {
    expect(found(text, lang)).toEqual([at(text, address, 'address')]);
  });

  it.each([
    ['fr', 'La rue est à 3 km. Place le patient en position assise. Avenue 3 fois.'],
    ['fr', 'Rue Haute 5 mg, chambre 312, place 2 fois par jour.'],
    ['nl', 'Kamer 4.12, de weg 3 keer per dag, onderweg 10 minuten.'],
    ['nl', 'Neem weg 3, dan hof 2.'],
    ['en', 'Walk 20 minutes on the road, 2 times a day.'],
    ['en', 'From 1030 Schaerbeek, a postcode and town alone are not an address.'],
    ['en', 'We met 3 Kinesitherapeut colleagues and 2 Dafalgan boxes.'],
  ] as const)('%s: not an address: "%s"', (lang, text) => {
    expect(covered(text, lang)).toEqual([]);
  });
});
