//! Coarse, offline "which country is this point in?" for one query. A small table of
//! bounding boxes for the countries the directory serves; where boxes overlap the smallest
//! wins. It is a suggestion the person confirms, never stored: the caller passes the
//! coordinates in and gets a code back, and nothing here keeps them.

/// (code, min longitude, min latitude, max longitude, max latitude), rounded outward.
const BOXES: &[(&str, f64, f64, f64, f64)] = &[
    ("US", -125.0, 24.5, -95.0, 49.0), // contiguous states, west of the 95th meridian
    ("US", -95.0, 24.5, -66.9, 47.5),  // contiguous states, east
    ("US", -170.0, 51.2, -129.9, 71.4), // Alaska
    ("US", -160.3, 18.9, -154.8, 22.3), // Hawaii
    ("CA", -141.0, 41.7, -52.6, 83.1),
    // Where most Canadians live, south of the 49th parallel: smaller than the US boxes,
    // so Toronto, Ottawa and Montreal answer Canada.
    ("CA", -82.5, 42.3, -78.8, 44.5),
    ("CA", -76.5, 45.0, -71.0, 47.0),
    ("GB", -8.7, 49.9, 1.8, 60.9),
    ("JM", -78.4, 17.7, -76.2, 18.5),
    ("TT", -61.95, 10.0, -60.5, 11.4),
    ("BS", -79.3, 20.9, -72.7, 27.3),
    ("GY", -61.4, 1.2, -56.5, 8.6),
    ("BB", -59.65, 13.04, -59.42, 13.34),
    ("HT", -74.5, 18.0, -71.6, 20.1),
    ("DO", -72.0, 17.5, -68.3, 19.95),
    ("NG", 2.7, 4.2, 14.7, 13.9),
    ("GH", -3.3, 4.7, 1.2, 11.2),
    ("KE", 33.9, -4.7, 41.9, 5.0),
    ("UG", 29.6, -1.5, 35.0, 4.2),
    ("ET", 33.0, 3.4, 48.0, 14.9),
    ("ZA", 16.4, -34.9, 32.9, -22.1),
    ("SN", -17.6, 12.3, -11.3, 16.7),
    ("CM", 8.4, 1.6, 16.2, 13.1),
];

/// The country whose box holds the point (the smallest box where several do), or `None`
/// outside every box or for coordinates that are not on Earth.
pub fn country_at(latitude: f64, longitude: f64) -> Option<&'static str> {
    if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
        return None;
    }
    BOXES
        .iter()
        .filter(|(_, w, s, e, n)| (*w..=*e).contains(&longitude) && (*s..=*n).contains(&latitude))
        .min_by(|a, b| area(a).total_cmp(&area(b)))
        .map(|(code, ..)| *code)
}

fn area(b: &(&str, f64, f64, f64, f64)) -> f64 {
    (b.3 - b.1) * (b.4 - b.2)
}

/// Whether a latitude/longitude pair is a real point.
pub fn valid(latitude: f64, longitude: f64) -> bool {
    latitude.is_finite()
        && longitude.is_finite()
        && (-90.0..=90.0).contains(&latitude)
        && (-180.0..=180.0).contains(&longitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_fall_in_their_country() {
        for (lat, lon, cc) in [
            (18.0179, -76.8099, "JM"),  // Kingston
            (18.5944, -72.3074, "HT"),  // Port-au-Prince
            (18.4861, -69.9312, "DO"),  // Santo Domingo
            (13.0975, -59.6167, "BB"),  // Bridgetown
            (25.0443, -77.3504, "BS"),  // Nassau
            (10.6549, -61.5019, "TT"),  // Port of Spain
            (6.8013, -58.1551, "GY"),   // Georgetown
            (45.4215, -75.6972, "CA"),  // Ottawa
            (43.6532, -79.3832, "CA"),  // Toronto
            (45.5019, -73.5674, "CA"),  // Montreal
            (49.2827, -123.1207, "CA"), // Vancouver
            (40.7128, -74.0060, "US"),  // New York
            (41.8781, -87.6298, "US"),  // Chicago
            (25.7617, -80.1918, "US"),  // Miami
            (38.9072, -77.0369, "US"),  // Washington
            (51.5072, -0.1276, "GB"),   // London
            (9.0765, 7.3986, "NG"),     // Abuja
            (5.6037, -0.1870, "GH"),    // Accra
            (-1.2921, 36.8219, "KE"),   // Nairobi
            (0.3476, 32.5825, "UG"),    // Kampala
            (8.9806, 38.7578, "ET"),    // Addis Ababa
            (-25.7479, 28.2293, "ZA"),  // Pretoria
            (14.7167, -17.4677, "SN"),  // Dakar
            (3.8480, 11.5021, "CM"),    // Yaoundé
        ] {
            assert_eq!(country_at(lat, lon), Some(cc), "{lat},{lon}");
        }
    }

    #[test]
    fn the_open_sea_and_impossible_points_give_none() {
        assert_eq!(country_at(0.0, -30.0), None);
        assert_eq!(country_at(91.0, 0.0), None);
        assert!(!valid(f64::NAN, 0.0));
        assert!(valid(18.0, -76.8));
    }
}
