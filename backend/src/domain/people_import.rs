//! A CSV file of people (`name,email,roles,teams,leads`, several values separated by `;`),
//! read and checked whole: every bad cell is named as `rows[N].column`, N counting the rows
//! after the header from 0.

use std::collections::BTreeSet;

use super::{email::Email, invalid::Invalid, role::Role, text};

pub const COLUMNS: [&str; 5] = ["name", "email", "roles", "teams", "leads"];
/// More rows than this belong in several files.
pub const MOST_ROWS: usize = 5000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRow {
    pub name: String,
    pub email: Email,
    pub roles: Vec<Role>,
    /// Teams the person belongs to, by name (the teams they lead included).
    pub teams: BTreeSet<String>,
    /// Teams the person leads, by name.
    pub leads: BTreeSet<String>,
}

/// The rows of the file, or every problem in it.
pub fn parse(csv_text: &str) -> Result<Vec<PersonRow>, Invalid> {
    let mut invalid = Invalid::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.to_lowercase()).collect(),
        Err(error) => {
            invalid.add("header", format!("cannot be read: {error}"));
            return Err(invalid);
        }
    };
    let expected: Vec<String> = COLUMNS.iter().map(|c| (*c).to_owned()).collect();
    if header != expected {
        invalid.add("header", format!("must be exactly {}", COLUMNS.join(",")));
        return Err(invalid);
    }
    let mut rows = Vec::new();
    let mut emails = BTreeSet::new();
    for (index, record) in reader.records().enumerate() {
        let at = |column: &str| format!("rows[{index}].{column}");
        if index >= MOST_ROWS {
            invalid.add("rows", format!("at most {MOST_ROWS} rows in one file"));
            break;
        }
        let record = match record {
            Ok(record) if record.len() == COLUMNS.len() => record,
            Ok(record) => {
                invalid.add(
                    format!("rows[{index}]"),
                    format!("has {} cells, not {}", record.len(), COLUMNS.len()),
                );
                continue;
            }
            Err(error) => {
                invalid.add(format!("rows[{index}]"), format!("cannot be read: {error}"));
                continue;
            }
        };
        let cell = |i: usize| record.get(i).unwrap_or_default();
        let name = invalid.check(&at("name"), text::required_line(cell(0), 200));
        let email = invalid.check(&at("email"), Email::parse(cell(1)));
        if let Some(email) = &email
            && !emails.insert(email.as_str().to_owned())
        {
            invalid.add(at("email"), "appears in an earlier row");
        }
        let roles: Vec<Role> = values(cell(2))
            .filter_map(|name| invalid.check(&at("roles"), Role::parse(name)))
            .collect();
        if values(cell(2)).next().is_none() {
            invalid.add(at("roles"), "must name at least one role");
        }
        let mut teams = team_names(cell(3), &at("teams"), &mut invalid);
        let leads = team_names(cell(4), &at("leads"), &mut invalid);
        if !leads.is_empty() && !roles.contains(&Role::TeamLead) {
            invalid.add(at("leads"), "leading a team needs the role team_lead");
        }
        teams.extend(leads.iter().cloned());
        if let (Some(name), Some(email)) = (name, email) {
            rows.push(PersonRow {
                name,
                email,
                roles,
                teams,
                leads,
            });
        }
    }
    if rows.is_empty() && invalid.is_empty() {
        invalid.add("rows", "the file has no rows after its header");
    }
    if invalid.is_empty() {
        Ok(rows)
    } else {
        Err(invalid)
    }
}

fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|v| !v.is_empty())
}

fn team_names(cell: &str, field: &str, invalid: &mut Invalid) -> BTreeSet<String> {
    values(cell)
        .filter_map(|name| invalid.check(field, text::required_line(name, 200)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(invalid: Invalid) -> Vec<String> {
        invalid
            .finish()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn reads_people_with_several_roles_and_teams() {
        let rows = parse(
            "name,email,roles,teams,leads\n\
             Fatima,Fatima@Example.org,professional,Wijkteam Noord; Wijkteam Zuid,\n\
             Ingrid,ingrid@example.org,professional;team_lead,,Wijkteam Noord\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].email.as_str(), "fatima@example.org");
        assert_eq!(rows[0].teams.len(), 2);
        assert!(rows[0].leads.is_empty());
        assert_eq!(rows[1].roles, vec![Role::Professional, Role::TeamLead]);
        // Leading a team makes one a member of it.
        assert!(rows[1].teams.contains("Wijkteam Noord"));
    }

    #[test]
    fn names_every_bad_cell() {
        let invalid = parse(
            "name,email,roles,teams,leads\n\
             ,not-an-address,professional,,\n\
             Joost,joost@example.org,chief,,\n\
             Sanne,sanne@example.org,professional,,Wijkteam Noord\n\
             Joost 2,JOOST@example.org,professional,,\n",
        )
        .unwrap_err();
        assert_eq!(
            fields(invalid),
            vec![
                "rows[0].name",
                "rows[0].email",
                "rows[1].roles",
                "rows[2].leads",
                "rows[3].email",
            ]
        );
    }

    #[test]
    fn the_header_must_name_the_columns() {
        assert_eq!(
            fields(parse("naam,email\nA,a@b.nl\n").unwrap_err()),
            vec!["header"]
        );
        assert_eq!(
            fields(parse("name,email,roles,teams,leads\n").unwrap_err()),
            vec!["rows"]
        );
        assert_eq!(
            fields(parse("name,email,roles,teams,leads\nA,a@b.nl,professional\n").unwrap_err()),
            vec!["rows[0]"]
        );
    }
}
