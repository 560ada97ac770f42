//! Words of forces and materiel: what is deployed or delivered, and the
//! modifiers that make an "exercise" military.

/// What can be sent, moved, stationed or deployed as a deployment: people
/// and formations, their hardware, and others sent on a mission.
pub fn is_force_noun(lemma: &str) -> bool {
    is_troop_noun(lemma)
        || matches!(
            lemma,
            "jet"
                | "fighter"
                | "ship"
                | "warship"
                | "aircraft"
                | "missile"
                | "bomber"
                | "tank"
                | "system"
                | "weapon"
                | "warhead"
                | "vessel"
                | "submarine"
                | "police"
                | "officer"
                | "observer"
                | "instructor"
        )
}

/// People and formations, not hardware: what arrives or is transferred as
/// a deployment rather than a delivery.
pub fn is_troop_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "troop"
            | "troops"
            | "soldier"
            | "force"
            | "forces"
            | "unit"
            | "contingent"
            | "personnel"
            | "battalion"
            | "brigade"
            | "division"
            | "peacekeeper"
            | "marine"
            | "paratrooper"
            | "regiment"
            | "squadron"
            | "army"
            | "reinforcements"
            | "serviceman"
            | "servicemen"
            | "echelon"
            | "detachment"
            | "platoon"
            | "grouping"
            | "convoy"
            | "corps"
    )
}

/// What a delivery of arms or aid carries ("supplied weapons").
pub fn is_materiel_noun(lemma: &str) -> bool {
    is_force_noun(lemma)
        || matches!(
            lemma,
            "arms"
                | "weapon"
                | "weapons"
                | "ammunition"
                | "equipment"
                | "aid"
                | "helicopter"
                | "plane"
                | "drone"
                | "rocket"
                | "munition"
                | "shell"
                | "fuse"
                | "detonator"
                | "cartridge"
                | "projectile"
                | "launcher"
                | "vehicle"
                | "gas"
                | "oil"
                | "fuel"
                | "grain"
                | "food"
                | "medicine"
                | "assistance"
                | "hardware"
                | "component"
                // Parts shipped to arms plants ("fire-control modules,
                // thermal sights and gearboxes", "engines and
                // transmissions for T-72 tanks").
                | "module"
                | "sight"
                | "gearbox"
                | "chassis"
                | "engine"
                | "transmission"
                | "microchip"
                | "microelectronics"
                | "radar"
                | "complex"
                | "iskander"
                | "s-400"
        )
}

/// Civilian goods: received, they are trade or subsidy ("receiving state
/// aid", "received gas"), not a delivery of arms.
pub fn is_civilian_goods(lemma: &str) -> bool {
    matches!(
        lemma,
        "aid" | "gas" | "oil" | "fuel" | "grain" | "food" | "medicine" | "assistance"
    )
}

/// Modifiers that make "exercise" military rather than a "cost-cutting
/// exercise".
pub fn is_military_modifier(lemma: &str) -> bool {
    matches!(
        lemma,
        "military"
            | "joint"
            | "naval"
            | "army"
            | "air"
            | "command"
            | "staff"
            | "tactical"
            | "strategic"
            | "war"
            | "training"
            | "live-fire"
            | "nuclear"
            | "combat"
            | "defence"
            | "defense"
            | "exercise"
            | "field"
            | "mobilization"
            | "mobilisation"
            | "large-scale"
            | "border"
            | "missile"
            | "drill"
            | "operational"
            | "anti-terrorist"
            | "troop"
    )
}
