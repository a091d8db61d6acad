package io.memberkit.benchmarks;

import java.text.Normalizer;
import java.util.Locale;

/** Realistic French names, drawn with a Zipf-like skew: a few very common names, a long tail of rare ones. */
final class Names {
    static final String[] FIRST = ("Marie Jean Pierre Michel Philippe Nathalie Isabelle Sylvie Catherine Nicolas "
            + "Christophe Stéphane Sébastien Laurent Frédéric Julien David Thomas Céline Sandrine Valérie Christine "
            + "Patrick Éric Olivier Alain Bernard Daniel François Véronique Émilie Camille Léa Chloé Manon Sarah "
            + "Julie Pauline Aurélie Anaïs Hélène Élodie Lucas Hugo Louis Gabriel Arthur Jules Maël Raphaël Théo "
            + "Antoine Maxime Alexandre Guillaume Romain Mathieu Benoît Jérôme Cédric Damien Loïc Yann Gaëlle "
            + "Agnès Brigitte Monique Françoise Jacqueline Annie Martine Dominique Claude Gérard René Robert Henri "
            + "André Marcel Georges Lucie Inès Zoé Jade Louise Alice Léna Eva Rose Anna Ambre Juliette Margaux "
            + "Clémence Océane Mathilde Charlotte Lola Nina Mohamed Karim Youssef Nadia Fatima Amina Samir Rachid "
            + "Mehdi Sofiane Bilal Ibrahim Aïcha Leïla Myriam Yasmine Kevin Jordan Dylan Florian Quentin Adrien "
            + "Baptiste Benjamin Clément Vincent Xavier Yves Gilles Serge Thierry Pascal Didier Bruno Hervé Joël "
            + "Noël Régis Fabrice Ludovic Grégory Anthony Jonathan Mickaël Marion Laure Estelle Virginie Karine "
            + "Séverine Corinne Murielle Odile Solène Maëlys Noémie Bérénice Capucine Apolline Victoire Héloïse "
            + "Timothée Côme Gaspard Augustin Marius Achille Ulysse Aurèle Ysé Zélie").split(" ");
    static final String[] LAST = ("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon "
            + "Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine "
            + "Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François "
            + "Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson "
            + "Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly "
            + "Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin "
            + "Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois "
            + "Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert "
            + "Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer "
            + "Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard "
            + "Baron Bertin Bailly Hervé Schneider Fernandez Le_Gall Collet Léger Bouvier Julien Prévost Millet "
            + "Perrot Daniel Le_Roux Cousin Germain Breton Besson Langlois Rémy Le_Goff Pelletier Lévêque Perrier "
            + "Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard "
            + "Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Da_Silva Bouchet Gay Lemaître "
            + "Bénard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier Pichon Lejeune Gilbert "
            + "Lamy Delaunay Pasquier Carlier Laporte Ozturk Nguyen Tran Benali Haddad Mansouri Kaci Zerrouki "
            + "Ouellet Kowalski Nowak Silva Santos Ferreira Pereira Costa Oliveira Rossi Russo Esposito Bianchi "
            + "Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi")
            .replace(' ', '|').replace('_', ' ').split("\\|");
    static final String[] PROVIDERS = {"gmail.com", "orange.fr", "free.fr", "yahoo.fr", "hotmail.fr", "laposte.net",
            "sfr.fr", "outlook.fr", "wanadoo.fr", "protonmail.com", "data.gouv.fr", "beta.gouv.fr"};
    static final String[] ORG_KINDS = {"Commune de", "Communauté de communes de", "Département de", "Région",
            "Association des amis de", "Syndicat mixte de", "Office de tourisme de", "Université de",
            "Centre hospitalier de", "Métropole de", "Ministère de", "Agence de l'eau", "Observatoire de",
            "Collectif", "Société", "Fondation"};
    static final String[] PLACES = ("Paris Marseille Lyon Toulouse Nice Nantes Montpellier Strasbourg Bordeaux Lille "
            + "Rennes Reims Toulon Saint-Étienne Le Havre Grenoble Dijon Angers Nîmes Villeurbanne Clermont-Ferrand "
            + "Le Mans Aix-en-Provence Brest Tours Amiens Limoges Annecy Perpignan Boulogne-Billancourt Metz "
            + "Besançon Orléans Saint-Denis Argenteuil Rouen Mulhouse Montreuil Caen Nancy Saint-Paul Roubaix "
            + "Tourcoing Nanterre Vitry-sur-Seine Avignon Créteil Dunkerque Poitiers Asnières-sur-Seine Versailles "
            + "Courbevoie Colombes Aulnay-sous-Bois Saint-Pierre Rueil-Malmaison Pau Aubervilliers Champigny "
            + "Antibes Béziers La Rochelle Saint-Maur Cannes Calais Saint-Nazaire Mérignac Drancy Colmar Ajaccio "
            + "Bourges Issy-les-Moulineaux Levallois Quimper Valence Cergy Troyes Villeneuve-d'Ascq Pessac "
            + "Niort Chambéry Lorient Sarcelles Montauban Vénissieux Ivry Clichy Villejuif Cholet Hyères Épinay "
            + "Bastia Beauvais Évry Chartres Meaux Arles Vannes Bayonne Laval Fréjus Belfort Albi Sète Charleville")
            .split(" ");

    static final String[] FIRST_FOLDED = fold(FIRST);
    static final String[] LAST_FOLDED = fold(LAST);

    private static final double[] FIRST_CDF = zipf(FIRST.length, 0.9);
    private static final double[] LAST_CDF = zipf(LAST.length, 0.8);

    private Names() {
    }

    static int firstName(double uniform) {
        return pick(FIRST_CDF, uniform);
    }

    static int lastName(double uniform) {
        return pick(LAST_CDF, uniform);
    }

    /** As memberkit's slugs fold them: no accents, lower case, dashes. */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String[] fold(String[] names) {
        var folded = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            folded[i] = fold(names[i]);
        }
        return folded;
    }

    private static double[] zipf(int n, double exponent) {
        var cdf = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / Math.pow(r + 1, exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cdf[r] /= sum;
        }
        return cdf;
    }

    private static int pick(double[] cdf, double uniform) {
        int low = 0;
        int high = cdf.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cdf[mid] < uniform) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
