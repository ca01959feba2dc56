//! `POST /imports/people`: people and teams from CSV, with a dry run, all or nothing, every
//! bad cell named, for admins and machine clients with `people:write`.

use serde_json::{Value, json};

use crate::{
    api_clients::{machine_client, register},
    harness::*,
};

async fn import(client: &Client, query: &str, csv: &str) -> Reply {
    let mut request = client
        .raw()
        .post(format!("{}/api/v1/imports/people{query}", client.base))
        .header("content-type", "text/csv; charset=utf-8")
        .body(csv.to_owned());
    if let Some(token) = &client.token {
        request = request.bearer_auth(token);
    }
    Client::read(request.send().await.unwrap()).await
}

fn outcomes(reply: &Reply) -> Vec<(String, String)> {
    reply.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap().to_owned(),
                r["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn people(org: &Org) -> Vec<Value> {
    let reply = org.admin.get("/api/v1/users?limit=200").await;
    reply.assert_status(200);
    reply.body["items"].as_array().unwrap().clone()
}

const FILE: &str = "name,email,roles,teams,leads\n\
    Fatima El Amrani,fatima@gemeentetest.test,professional,Wijkteam Noord;Wijkteam Zuid,\n\
    Ingrid de Vries,ingrid@gemeentetest.test,professional;team_lead,,Wijkteam Noord\n";

#[tokio::test]
async fn a_dry_run_tells_what_an_import_then_does() {
    let (_db, _server, org) = start().await;
    let existing_team = org.team("Wijkteam Zuid").await;
    let before = people(&org).await.len();

    let dry = import(&org.admin, "?dryRun=true", FILE).await;
    dry.assert_status(200);
    assert_eq!(dry.body["dryRun"], true);
    assert_eq!(
        outcomes(&dry),
        vec![
            ("fatima@gemeentetest.test".into(), "created".into()),
            ("ingrid@gemeentetest.test".into(), "created".into()),
        ]
    );
    assert_eq!(dry.body["teamsCreated"], json!(["Wijkteam Noord"]));
    assert_eq!(
        people(&org).await.len(),
        before,
        "a dry run changes nothing"
    );

    let done = import(&org.admin, "", FILE).await;
    done.assert_status(200);
    assert_eq!(done.body["dryRun"], false);
    assert_eq!(outcomes(&done), outcomes(&dry));
    let all = people(&org).await;
    assert_eq!(all.len(), before + 2);
    let ingrid = all
        .iter()
        .find(|p| p["email"] == "ingrid@gemeentetest.test")
        .unwrap();
    assert_eq!(ingrid["roles"], json!(["professional", "team_lead"]));
    let fatima = all
        .iter()
        .find(|p| p["email"] == "fatima@gemeentetest.test")
        .unwrap();
    assert_eq!(fatima["teamIds"].as_array().unwrap().len(), 2);
    assert!(
        fatima["teamIds"]
            .as_array()
            .unwrap()
            .contains(&json!(existing_team))
    );
    let noord = ingrid["teamIds"][0].as_str().unwrap();
    let team = org.admin.get(&format!("/api/v1/teams/{noord}")).await;
    team.assert_status(200);
    assert_eq!(team.body["name"], "Wijkteam Noord");
    assert_eq!(team.body["leadIds"], json!([ingrid["id"]]));

    // The same file again changes nothing; a changed row updates that person only.
    let again = import(&org.admin, "", FILE).await;
    assert_eq!(
        outcomes(&again)
            .iter()
            .map(|(_, o)| o.as_str())
            .collect::<Vec<_>>(),
        vec!["unchanged", "unchanged"]
    );
    let changed = FILE.replace("Fatima El Amrani", "Fatima el Amrani-Bakker");
    let update = import(&org.admin, "", &changed).await;
    assert_eq!(
        outcomes(&update)
            .iter()
            .map(|(_, o)| o.as_str())
            .collect::<Vec<_>>(),
        vec!["updated", "unchanged"]
    );
}

#[tokio::test]
async fn a_file_with_bad_cells_changes_nothing_and_names_each_one() {
    let (_db, _server, org) = start().await;
    let before = people(&org).await.len();
    let file = "name,email,roles,teams,leads\n\
        Goed Persoon,goed@gemeentetest.test,professional,Wijkteam Oost,\n\
        ,geen-adres,professional,,\n\
        Joost,joost@gemeentetest.test,baas,,\n\
        Sanne,sanne@gemeentetest.test,professional,,Wijkteam Oost\n";
    let refused = import(&org.admin, "", file).await;
    let fields = refused.assert_problem(400);
    assert_eq!(
        fields,
        vec![
            "rows[1].name",
            "rows[1].email",
            "rows[2].roles",
            "rows[3].leads"
        ]
    );
    assert_eq!(people(&org).await.len(), before, "all or nothing");
    let teams = org.admin.get("/api/v1/teams").await;
    assert!(
        teams.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["name"] != "Wijkteam Oost")
    );
    import(&org.admin, "", "naam;email\n")
        .await
        .assert_problem(400);
}

#[tokio::test]
async fn admins_and_machine_clients_with_people_write_may_import() {
    let (db, server, org) = start().await;
    let lead = org
        .person("lead", &["professional", "team_lead"], &[])
        .await;
    import(&lead.client, "?dryRun=true", FILE)
        .await
        .assert_problem(403);
    import(&org.anonymous, "", FILE).await.assert_problem(401);

    let reader = register(&org, "Leesclient", &["mandates:read"]).await;
    let reader = machine_client(&org, &reader, None).await;
    import(&reader, "", FILE).await.assert_problem(403);

    let hr = register(&org, "HR-systeem", &["people:write"]).await;
    let hr = machine_client(&org, &hr, None).await;
    let done = import(&hr, "", FILE).await;
    done.assert_status(200);
    assert_eq!(done.body["rows"].as_array().unwrap().len(), 2);

    // Another organisation's import touches only its own people.
    let other = Org::bootstrap(&db, &server, "Gemeente Elders").await;
    let theirs = import(&other.admin, "", FILE).await;
    assert_eq!(
        outcomes(&theirs)
            .iter()
            .map(|(_, o)| o.as_str())
            .collect::<Vec<_>>(),
        vec!["created", "created"]
    );
}
